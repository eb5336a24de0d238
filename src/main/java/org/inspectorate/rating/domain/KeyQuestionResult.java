package org.inspectorate.rating.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A key question's percentage, the rating its band gives, the rating after limiters and overrides ({@code
 * rating}, null when no statement is scored), every rule applied in order, and its quality statements.
 */
public record KeyQuestionResult(KeyQuestion keyQuestion, Integer percent, Rating bandRating, Rating rating,
        boolean limited, boolean overridden, List<String> rules, List<StatementResult> statements,
        LocalDate oldestEvidence) {

    public String label() {
        return keyQuestion.label();
    }
}
