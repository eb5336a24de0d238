package org.inspectorate.enforcement.domain;

import org.inspectorate.registry.domain.Labelled;

/** The meetings that take enforcement decisions (DOMAIN.md 6.5). */
public enum MeetingKind implements Labelled {
    DECISION_MAKING_MEETING("Decision-making meeting (DMM)"),
    MANAGEMENT_REVIEW_MEETING("Management review meeting (MRM)"),
    CASE_DISCUSSION("Case discussion");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
