package org.inspectorate.triage.domain;

import java.util.List;

/**
 * A risk score from 0 to 100 with the rules that made it, in words, so that staff can see its working.
 * {@code serious}: the item reports severe harm or a death, says someone may be in danger now, or scores
 * {@link #SERIOUS_SCORE} or more, whatever the weights make of it.
 */
public record RiskAssessment(int score, List<String> reasons, boolean serious) {

    public static final int SERIOUS_SCORE = 60;

    public RiskAssessment {
        reasons = List.copyOf(reasons);
    }

    public RiskAssessment(int score, List<String> reasons) {
        this(score, reasons, score >= SERIOUS_SCORE);
    }

    public String explanation() {
        return String.join("; ", reasons);
    }
}
