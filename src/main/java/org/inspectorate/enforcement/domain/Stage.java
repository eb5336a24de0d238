package org.inspectorate.enforcement.domain;

import org.inspectorate.registry.domain.Labelled;

/**
 * Where a case is: one of the four stages of the decision tree (DOMAIN.md 6.5), then taking the confirmed
 * action, then closed.
 */
public enum Stage implements Labelled {
    INITIAL_ASSESSMENT("Stage 1: initial assessment"),
    LEGAL_AND_EVIDENTIAL_REVIEW("Stage 2: legal and evidential review"),
    SELECTION_OF_ACTION("Stage 3: selection of action"),
    FINAL_REVIEW("Stage 4: final review"),
    ACTION("Taking action"),
    CLOSED("Closed");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** After the initial assessment, decisions on a case are for managers (and administrators). */
    public boolean managersDecide() {
        return this != INITIAL_ASSESSMENT;
    }

    public boolean open() {
        return this != CLOSED;
    }
}
