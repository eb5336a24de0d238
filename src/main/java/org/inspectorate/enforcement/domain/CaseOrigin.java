package org.inspectorate.enforcement.domain;

import org.inspectorate.registry.domain.Labelled;

/** What a case was opened from. */
public enum CaseOrigin implements Labelled {
    TRIAGE("A triaged notification or concern"),
    ASSESSMENT_FINDING("An assessment finding"),
    DIRECT("Opened directly");

    private final String label;

    CaseOrigin(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
