package org.inspectorate.planning.domain;

import org.inspectorate.registry.domain.Labelled;

/** Where a planned assessment is. */
public enum PlanState implements Labelled {
    PLANNED("Planned"),
    STARTED("Started"),
    CANCELLED("Cancelled");

    private final String label;

    PlanState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
