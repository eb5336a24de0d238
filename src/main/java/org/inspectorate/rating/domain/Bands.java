package org.inspectorate.rating.domain;

/**
 * Percentage bands: from 25% (every score 1) up to {@code requiresImprovementFrom - 1} is Inadequate, and so on up
 * to 100%. The same bands turn a quality statement's category percentage into its 1-4 score.
 *
 * <p>Rounding rule, applied everywhere: a percentage is rounded to a whole number, halves upwards (68.75% is 69%,
 * 62.5% is 63%), before it is banded. {@link #percent(int, int)} is the only place it is done.
 */
public record Bands(int requiresImprovementFrom, int goodFrom, int outstandingFrom) {

    public static final int LOWEST = 25;

    public Bands {
        if (!(LOWEST < requiresImprovementFrom && requiresImprovementFrom < goodFrom && goodFrom < outstandingFrom
                && outstandingFrom <= 100)) {
            throw new IllegalArgumentException("Bands must rise from 25% to 100%");
        }
    }

    public static Bands standard() {
        return new Bands(39, 63, 88);
    }

    /** Whole percentage of {@code sum} out of {@code max}, halves rounded up. */
    public static int percent(int sum, int max) {
        if (max <= 0 || sum < 0 || sum > max) {
            throw new IllegalArgumentException(sum + " of " + max);
        }
        return (sum * 200 + max) / (max * 2);
    }

    public Rating rating(int percent) {
        if (percent >= outstandingFrom) {
            return Rating.OUTSTANDING;
        }
        if (percent >= goodFrom) {
            return Rating.GOOD;
        }
        if (percent >= requiresImprovementFrom) {
            return Rating.REQUIRES_IMPROVEMENT;
        }
        return Rating.INADEQUATE;
    }

    /** The band of a rating in words, e.g. "63-87%". */
    public String range(Rating rating) {
        return switch (rating) {
            case INADEQUATE -> LOWEST + "-" + (requiresImprovementFrom - 1) + "%";
            case REQUIRES_IMPROVEMENT -> requiresImprovementFrom + "-" + (goodFrom - 1) + "%";
            case GOOD -> goodFrom + "-" + (outstandingFrom - 1) + "%";
            case OUTSTANDING -> outstandingFrom + "-100%";
        };
    }
}
