package org.inspectorate.rating.domain;

/** The four ratings, worst first; {@link #score()} is the 1-4 score with the same meaning. */
public enum Rating {
    INADEQUATE("Inadequate"),
    REQUIRES_IMPROVEMENT("Requires improvement"),
    GOOD("Good"),
    OUTSTANDING("Outstanding");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public int score() {
        return ordinal() + 1;
    }

    public boolean betterThan(Rating other) {
        return ordinal() > other.ordinal();
    }

    public static Rating ofScore(int score) {
        if (score < 1 || score > 4) {
            throw new IllegalArgumentException("A score is from 1 to 4, not " + score);
        }
        return values()[score - 1];
    }
}
