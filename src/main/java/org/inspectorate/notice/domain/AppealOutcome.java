package org.inspectorate.notice.domain;

/** How a Tribunal appeal against a notice ended. */
public enum AppealOutcome {
    /** The appeal failed: the decision takes effect on the day it is decided. */
    DISMISSED("Appeal dismissed"),
    /** The appellant withdrew: the decision takes effect on the day of withdrawal. */
    WITHDRAWN("Appeal withdrawn"),
    /** The appeal succeeded: the decision never takes effect. */
    ALLOWED("Appeal allowed");

    private final String label;

    AppealOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
