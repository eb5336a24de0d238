package org.inspectorate.assessment.domain;

import java.time.LocalDate;

/**
 * One methodology version's rules, as loaded by migration (table methodology_version). {@code publicRationaleChars}:
 * how much of each score's rationale the public explanation shows (0: none).
 */
public record Methodology(String code, String name, LocalDate effectiveFrom, String frameworkCode,
        String scoringMethod, int bandRequiresImprovementFrom, int bandGoodFrom, int bandOutstandingFrom,
        String rounding, boolean statementScoreOneLimits, boolean breachLimitsKeyQuestion,
        boolean breachLimitsOverall, int inadequateFrom, int requiresImprovementFrom, int outstandingFrom,
        String description, int publicRationaleChars) {

    public boolean categoryScores() {
        return "CATEGORY_SCORES".equals(scoringMethod);
    }
}
