package org.inspectorate.assessment.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the ratings context needs of an assessment to work out its ratings: its scores and approved overrides. */
public record AssessmentSnapshot(long assessmentId, String locationId, String providerId, String methodologyCode,
        LocalDate endsOn, Instant approvedAt, List<ScoreRow> scores, List<OverrideRow> overrides) {

    /** A score; {@code categoryCode} null for a score of the quality statement itself. */
    public record ScoreRow(String statementCode, String categoryCode, int score, boolean carriedForward,
            long sourceAssessmentId, LocalDate evidenceDate) {
    }

    /** An approved override; {@code keyQuestion} null for the overall rating. */
    public record OverrideRow(String keyQuestion, String rating, String reason, String proposedBy,
            String approvedBy) {
    }

    public static final class Builder {
        private final long id;
        private final String locationId;
        private final String providerId;
        private final String methodologyCode;
        private final LocalDate endsOn;
        private final Instant approvedAt;
        public final List<ScoreRow> scores = new ArrayList<>();
        public final List<OverrideRow> overrides = new ArrayList<>();

        public Builder(long id, String locationId, String providerId, String methodologyCode, LocalDate endsOn,
                Instant approvedAt) {
            this.id = id;
            this.locationId = locationId;
            this.providerId = providerId;
            this.methodologyCode = methodologyCode;
            this.endsOn = endsOn;
            this.approvedAt = approvedAt;
        }

        public AssessmentSnapshot build() {
            return new AssessmentSnapshot(id, locationId, providerId, methodologyCode, endsOn, approvedAt,
                    List.copyOf(scores), List.copyOf(overrides));
        }
    }
}
