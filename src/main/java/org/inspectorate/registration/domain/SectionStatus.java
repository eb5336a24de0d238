package org.inspectorate.registration.domain;

/** A task's status on the task list (GOV.UK task list pattern). */
public enum SectionStatus {
    NOT_STARTED("Not yet started"),
    IN_PROGRESS("In progress"),
    COMPLETED("Completed");

    private final String label;

    SectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
