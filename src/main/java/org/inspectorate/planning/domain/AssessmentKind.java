package org.inspectorate.planning.domain;

import org.inspectorate.registry.domain.Labelled;

/** The scope of a planned assessment (DOMAIN.md 5.1): every quality statement, a subset, or a response to risk. */
public enum AssessmentKind implements Labelled {
    COMPREHENSIVE("Comprehensive: all quality statements"),
    FOCUSED("Focused: some quality statements"),
    RESPONSIVE("Responsive: in response to information of concern"),
    REINSPECTION("Re-inspection (Inadequate rating or special measures)"),
    FIRST_ASSESSMENT("First assessment after registration");

    private final String label;

    AssessmentKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
