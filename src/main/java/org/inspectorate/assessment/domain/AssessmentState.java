package org.inspectorate.assessment.domain;

/** OPEN: evidence and scores are being recorded. SUBMITTED: waiting for a manager. APPROVED: ratings published. */
public enum AssessmentState {
    OPEN("Open"),
    SUBMITTED("Waiting for approval"),
    APPROVED("Approved");

    private final String label;

    AssessmentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
