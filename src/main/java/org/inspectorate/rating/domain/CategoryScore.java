package org.inspectorate.rating.domain;

import java.time.LocalDate;

/** One evidence category's score for a quality statement, and the date of the evidence behind it. */
public record CategoryScore(String code, String name, int score, boolean carriedForward, LocalDate evidenceDate) {

    public CategoryScore {
        Rating.ofScore(score);
    }
}
