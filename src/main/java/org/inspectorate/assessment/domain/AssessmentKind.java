package org.inspectorate.assessment.domain;

/** A full assessment reassesses every quality statement; a focused one only those chosen. */
public enum AssessmentKind {
    FULL("Full"),
    FOCUSED("Focused");

    private final String label;

    AssessmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
