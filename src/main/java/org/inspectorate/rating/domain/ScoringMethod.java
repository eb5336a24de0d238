package org.inspectorate.rating.domain;

/**
 * How a quality statement gets its score (DOMAIN.md 1.5). {@code CATEGORY_SCORES}: each relevant evidence
 * category is scored 1-4 and the statement's score comes from their percentage, banded (CQC method before
 * December 2024). {@code QUALITY_STATEMENT_SCORES}: the team gives the statement a score directly (from December
 * 2024). Under either method a statement scored the other way is still used, and the explanation says so.
 */
public enum ScoringMethod {
    CATEGORY_SCORES("Scores per evidence category, combined into the quality statement score"),
    QUALITY_STATEMENT_SCORES("A score given per quality statement");

    private final String label;

    ScoringMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
