package org.inspectorate.triage.domain;

import java.util.EnumSet;
import java.util.Set;
import org.inspectorate.registry.domain.Labelled;

/**
 * The one state an item is in. Every state has a way out: a new item is claimed or assigned, an assigned
 * one decided or released, one awaiting information decided once it arrives (or when it is overdue), and a
 * closed one can be reopened.
 */
public enum TriageState implements Labelled {
    NEW("New, not assigned"),
    ASSIGNED("Assigned"),
    AWAITING_INFORMATION("Awaiting information from the provider"),
    CLOSED("Closed");

    public static final Set<TriageState> OPEN = EnumSet.of(NEW, ASSIGNED, AWAITING_INFORMATION);

    private final String label;

    TriageState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean open() {
        return this != CLOSED;
    }
}
