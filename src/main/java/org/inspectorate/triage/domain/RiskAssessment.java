package org.inspectorate.triage.domain;

import java.util.List;

/** A risk score from 0 to 100 with the rules that made it, in words, so that staff can see its working. */
public record RiskAssessment(int score, List<String> reasons) {

    public RiskAssessment {
        reasons = List.copyOf(reasons);
    }

    public String explanation() {
        return String.join("; ", reasons);
    }
}
