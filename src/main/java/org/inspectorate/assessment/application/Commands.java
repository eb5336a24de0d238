package org.inspectorate.assessment.application;

import java.time.LocalDate;
import java.util.List;

/** The commands of the assessment use cases, as entered on a screen or sent to the API. */
public final class Commands {

    private Commands() {
    }

    /** Open an assessment; {@code statements} are the quality statements of a focused assessment. */
    public record Open(String locationId, String kind, List<String> statements, String team, LocalDate startsOn,
            LocalDate endsOn, String methodologyCode) {
    }

    public record Evidence(String statementCode, String categoryCode, String source, LocalDate collectedOn,
            String summary, List<String> attachments, List<String> links) {
    }

    /** A score; {@code categoryCode} null for the quality statement's own score. */
    public record Score(String statementCode, String categoryCode, Integer score, String rationale) {
    }

    public record Breach(String statementCode, String regulation, String description) {
    }

    /** An override; {@code keyQuestion} null or "OVERALL" for the overall rating. */
    public record ProposeOverride(String keyQuestion, String rating, String reason) {
    }
}
