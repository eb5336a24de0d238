package org.inspectorate.triage.domain;

import org.inspectorate.registry.domain.Labelled;

/** How much harm came to people, graded as in patient-safety reporting: the severity input of the risk rules. */
public enum HarmLevel implements Labelled {
    NO_HARM("No harm"),
    LOW("Low harm"),
    MODERATE("Moderate harm"),
    SEVERE("Severe harm"),
    DEATH("Death");

    private final String label;

    HarmLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
