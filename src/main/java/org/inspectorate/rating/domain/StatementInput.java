package org.inspectorate.rating.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the engine is given for one quality statement: a score given directly ({@code score}, may be null), the
 * evidence category scores (may be empty), whether it was carried forward from an earlier assessment and the
 * date of the evidence behind it.
 */
public record StatementInput(String code, String name, KeyQuestion keyQuestion, Integer score,
        List<CategoryScore> categories, boolean carriedForward, LocalDate evidenceDate) {

    public StatementInput {
        categories = List.copyOf(categories);
        if (score != null) {
            Rating.ofScore(score);
        }
    }

    public static StatementInput scored(String code, String name, KeyQuestion kq, int score, boolean carriedForward,
            LocalDate evidenceDate) {
        return new StatementInput(code, name, kq, score, List.of(), carriedForward, evidenceDate);
    }
}
