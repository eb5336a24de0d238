package org.inspectorate.triage.domain;

/** An action that the item's current state does not allow, such as closing an item that is already closed. */
public class TriageConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TriageConflict(String message) {
        super(message);
    }
}
