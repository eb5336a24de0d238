package org.inspectorate.enforcement.domain;

import org.inspectorate.registry.domain.Labelled;

/** Where an enforcement action is. */
public enum ActionState implements Labelled {
    SERVED("Served; representations window running"),
    REPRESENTATIONS_RECEIVED("Representations received"),
    DECIDED("Notice of Decision served; appeal window running"),
    APPEALED("Appealed to the First-tier Tribunal"),
    IN_FORCE("In force"),
    WITHDRAWN("Withdrawn"),
    COMPLETED("Completed");

    private final String label;

    ActionState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean finished() {
        return this == WITHDRAWN || this == COMPLETED;
    }
}
