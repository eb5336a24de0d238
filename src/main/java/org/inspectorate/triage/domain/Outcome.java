package org.inspectorate.triage.domain;

import org.inspectorate.registry.domain.Labelled;

/**
 * What staff decide about an item. Asking the provider for information keeps the item open, awaiting the
 * answer; every other outcome closes it (and is passed on to the context that acts on it).
 */
public enum Outcome implements Labelled {
    NO_FURTHER_ACTION("No further action"),
    MONITOR("Monitor"),
    REQUEST_INFORMATION("Request information from the provider"),
    REFER_TO_SAFEGUARDING("Refer to safeguarding (local authority)"),
    ESCALATE_TO_ASSESSMENT("Escalate to assessment"),
    ESCALATE_TO_ENFORCEMENT("Escalate to enforcement");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean closes() {
        return this != REQUEST_INFORMATION;
    }
}
