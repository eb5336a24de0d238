package org.inspectorate.report.application;

import java.util.List;
import java.util.Optional;

/**
 * The ratings a report is published with: those worked out from the report's assessment. Supplied by the rating
 * context, so that the report context does not read ratings itself.
 */
public interface ReportRatings {

    /** One rating line: the key question's name (or "Overall") and the rating's name. */
    record Line(String label, String rating) {
    }

    /** The location's current ratings if they were worked out from this assessment; empty otherwise. */
    Optional<List<Line>> ofAssessment(String locationId, long assessmentId);
}
