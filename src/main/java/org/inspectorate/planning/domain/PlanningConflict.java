package org.inspectorate.planning.domain;

/** A planning step that the plan's state or an inspector's capacity does not allow. */
public class PlanningConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlanningConflict(String message) {
        super(message);
    }
}
