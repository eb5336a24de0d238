package org.inspectorate.assessment.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read models of assessments, for screens and the API. */
public final class AssessmentViews {

    private AssessmentViews() {
    }

    public record Summary(long id, String locationId, String locationName, String providerId, String kind,
            String state, String stateLabel, String methodologyCode, String team, LocalDate startsOn, LocalDate endsOn,
            String openedBy, Instant openedAt, String owner) {
    }

    public record Score(long id, String statementCode, String statementName, String keyQuestion, String categoryCode,
            String categoryName, int score, String rationale, boolean carriedForward, long sourceAssessmentId,
            LocalDate evidenceDate, String scoredBy, Instant scoredAt) {
    }

    public record Evidence(long id, long assessmentId, String statementCode, String categoryCode, String categoryName,
            String source, LocalDate collectedOn, String summary, List<String> attachments, List<String> links,
            String recordedBy) {
    }

    public record Breach(long id, String statementCode, String regulation, String description, String recordedBy) {
    }

    public record Override(long id, String keyQuestion, String rating, String reason, String state, String proposedBy,
            String decidedBy) {
    }

    /**
     * {@code reassessed}: the statements in scope scored in this assessment; {@code carriedOnPurpose}: those a full
     * assessment carries forward with the team's reason.
     */
    public record Detail(Summary summary, List<String> statements, String submittedBy, Instant submittedAt,
            String approvedBy, Instant approvedAt, List<Score> scores, List<Evidence> evidence, List<Breach> breaches,
            List<Override> overrides, int reassessed, List<Carried> carriedOnPurpose) {
    }

    /** A statement carried forward on purpose, and why. */
    public record Carried(String statementCode, String statementName, String reason) {
    }

    /** Assessments per state, and when the oldest one not yet approved was opened. */
    public record StateCounts(long open, long submitted, long approved, Instant oldestUnapprovedOpenedAt) {
    }
}
