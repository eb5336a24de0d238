package org.inspectorate.rating.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A quality statement's worked-out score (null: not scored, so not counted), the percentage of its category
 * scores when it was worked out from them, and the rule applied in words.
 */
public record StatementResult(String code, String name, KeyQuestion keyQuestion, Integer score, Integer percent,
        List<CategoryScore> categories, boolean carriedForward, LocalDate evidenceDate, String rule) {

    public boolean scored() {
        return score != null;
    }
}
