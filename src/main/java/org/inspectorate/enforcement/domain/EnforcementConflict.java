package org.inspectorate.enforcement.domain;

/** A step that the case's or action's current state does not allow, such as deciding stage 3 at stage 1. */
public class EnforcementConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EnforcementConflict(String message) {
        super(message);
    }
}
