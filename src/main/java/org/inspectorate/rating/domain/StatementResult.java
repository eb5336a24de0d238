package org.inspectorate.rating.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A quality statement's worked-out score (null: not scored, so not counted), the percentage of its category
 * scores when it was worked out from them, and the rule applied in words. {@code fromCategories} says which rows
 * the score was worked out from (the evidence category rows, or the score given for the statement), so that an
 * explanation shows the sources, evidence and rationales of exactly those rows.
 */
public record StatementResult(String code, String name, KeyQuestion keyQuestion, Integer score, Integer percent,
        List<CategoryScore> categories, boolean carriedForward, LocalDate evidenceDate, String rule,
        boolean fromCategories) {

    public boolean scored() {
        return score != null;
    }
}
