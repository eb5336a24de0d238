package org.inspectorate.registration.domain;

/**
 * Where an application is (DOMAIN.md 4.2). Providers edit only drafts and returned applications; staff move
 * it on from submission; the last three are final. A proposal and decision are to refuse or to grant with
 * conditions not agreed ({@link Proposal}).
 */
public enum ApplicationStatus {
    DRAFT("Draft", "Draft"),
    SUBMITTED("Submitted", "Validation"),
    RETURNED("Returned to the provider", "Returned"),
    VALIDATED("Validated, awaiting an inspector", "Assessment"),
    IN_ASSESSMENT("Being assessed", "Assessment"),
    PROPOSED("Notice of proposal served", "Proposal"),
    DECIDED("Notice of decision served", "Decision"),
    APPEALED("Appealed to the Tribunal", "Decision"),
    GRANTED("Granted", "Closed"),
    REFUSED("Refused", "Closed"),
    WITHDRAWN("Withdrawn by the provider", "Closed");

    private final String label;
    private final String stage;

    ApplicationStatus(String label, String stage) {
        this.label = label;
        this.stage = stage;
    }

    public String label() {
        return label;
    }

    /** The stage of the process the dashboard groups by. */
    public String stage() {
        return stage;
    }

    public boolean editableByProvider() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean closed() {
        return this == GRANTED || this == REFUSED || this == WITHDRAWN;
    }
}
