package org.inspectorate.rating.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A location's current ratings with their working, top down: the overall rating and the rules that gave it; each key
 * question's percentage, band, rating and rules; each quality statement's score and rule, its evidence categories,
 * and (for staff and the location's provider: {@code full}) its evidence items with their dates and its rationales in
 * full. The public reads, in place of each rationale, the summary the methodology allows: at most
 * {@code publicRationaleChars} characters of it, none when that is 0.
 */
public record Explanation(String locationId, long assessmentId, boolean full, String methodologyCode,
        String methodologyName, LocalDate methodologyEffectiveFrom, String scoringMethod, String rounding, String overall, String overallLabel,
        boolean overallLimited, boolean overallOverridden, List<String> overallRules, List<KeyQuestion> keyQuestions,
        List<BreachLine> breaches, LocalDate oldestEvidence, LocalDate latestEvidence, Instant publishedAt,
        Instant reportPublishedAt, String cause, int staleAfterYears, boolean staleEvidence,
        int publicRationaleChars) {

    public record KeyQuestion(String code, String label, Integer percent, String band, String bandLabel, String rating,
            String ratingLabel, boolean limited, boolean overridden, List<String> rules, LocalDate oldestEvidence,
            List<Statement> statements, boolean reassessed, LocalDate latestEvidence) {

        /** Reassessed: at least one of its statements was scored in this assessment, not carried forward. */
        static boolean reassessed(List<Statement> statements) {
            return statements.stream().anyMatch(s -> s.score() != null && !s.carriedForward());
        }

        static LocalDate latest(List<Statement> statements) {
            return statements.stream().map(Statement::evidenceDate).filter(java.util.Objects::nonNull)
                    .max(java.util.Comparator.naturalOrder()).orElse(null);
        }
    }

    /**
     * {@code evidence} and {@code rationales} are those of the rows the score was worked out from (on the public
     * explanation: no evidence, and each rationale's public summary).
     */
    public record Statement(String code, String name, Integer score, Integer percent, boolean carriedForward,
            LocalDate evidenceDate, String rule, List<Category> categories, List<Evidence> evidence,
            List<Rationale> rationales, String carriedForwardReason) {
    }

    /** Why a score was given, in the assessment team's words; {@code category} null for the statement's own score. */
    public record Rationale(String category, String text) {
    }

    public record Category(String code, String name, int score, boolean carriedForward, LocalDate evidenceDate) {
    }

    public record Evidence(long id, String categoryName, String source, LocalDate collectedOn, String summary,
            List<String> links, int attachments) {
    }

    public record BreachLine(String regulation, String keyQuestion, String source, String description) {
    }
}
