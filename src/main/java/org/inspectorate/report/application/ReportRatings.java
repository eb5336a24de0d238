package org.inspectorate.report.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The ratings that come out with a report: those proposed when the report's assessment was approved. Supplied by the
 * rating context, so that the report context neither reads nor writes ratings itself. Every method runs in the
 * caller's transaction, so a report and its ratings are published, or withdrawn, together.
 */
public interface ReportRatings {

    /** One rating line: the key question's name (or "Overall") and the rating's name. */
    record Line(String label, String rating) {
    }

    /** Ratings proposed for an assessment, for showing with its draft report; {@code published} once they are out. */
    record Proposed(List<Line> lines, boolean published, boolean withdrawn) {
    }

    /**
     * Publishes the assessment's proposed ratings with its report, and returns the location's ratings now current
     * when they were worked out from this assessment (empty otherwise).
     */
    Optional<List<Line>> publishWith(String locationId, long assessmentId, long reportId, Instant at);

    /** The report was withdrawn: so are its ratings (a published report's ratings give way to the previous ones). */
    void withdrawWith(long assessmentId, long reportId, Instant at);

    /** A withdrawn report was reinstated as a draft: its ratings are proposed again. */
    void reinstateWith(long assessmentId, long reportId, Instant at);

    /** The ratings proposed at the assessment's approval, if it has been approved. */
    Optional<Proposed> proposed(long assessmentId);
}
