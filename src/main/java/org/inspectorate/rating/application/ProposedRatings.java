package org.inspectorate.rating.application;

import java.time.Instant;
import java.util.List;
import org.inspectorate.rating.domain.KeyQuestion;
import org.inspectorate.rating.persistence.ProposalRow;

/**
 * The ratings an approved assessment proposes, and where they are: {@code PROPOSED} (waiting for the report written
 * for the assessment, which publishes them), {@code PUBLISHED} (with report {@code reportId}) or {@code WITHDRAWN}
 * (with the report).
 */
public record ProposedRatings(long assessmentId, String locationId, String methodologyCode, String state,
        String stateLabel, Instant proposedAt, Instant decidedAt, Long reportId, String overall, String overallLabel,
        List<Line> keyQuestions) {

    /** One key question's proposed rating. */
    public record Line(String keyQuestion, String label, String rating, String ratingLabel) {
    }

    static ProposedRatings of(ProposalRow p) {
        KeyQuestion[] kqs = KeyQuestion.values();
        List<Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < kqs.length; i++) {
            String r = p.ratings()[i + 1];
            lines.add(new Line(kqs[i].name(), kqs[i].label(), r, RatingQueries.label(r)));
        }
        return new ProposedRatings(p.assessmentId(), p.locationId(), p.methodologyCode(), p.state(),
                stateLabel(p.state()), p.proposedAt(), p.decidedAt(), p.reportId(), p.ratings()[0],
                RatingQueries.label(p.ratings()[0]), List.copyOf(lines));
    }

    static String stateLabel(String state) {
        return switch (state) {
            case RatingPublisher.PUBLISHED -> "Published with the report";
            case RatingPublisher.WITHDRAWN -> "Withdrawn with the report";
            default -> "Proposed: published when the report is published";
        };
    }

    public boolean isWaiting() {
        return RatingPublisher.PROPOSED.equals(state);
    }
}
