package org.inspectorate.concern.domain;

import org.inspectorate.registry.domain.Labelled;
import org.inspectorate.triage.domain.Theme;

/** What the person's concern is mainly about, in their words' categories; each maps to a triage theme. */
public enum Topic implements Labelled {
    ABUSE_OR_NEGLECT("Abuse, neglect or someone not kept safe", Theme.SAFEGUARDING),
    CARE_AND_TREATMENT("Care or treatment", Theme.CARE_AND_TREATMENT),
    MEDICINES("Medicines", Theme.MEDICINES),
    STAFFING("Staff and staffing levels", Theme.STAFFING),
    DIGNITY("Dignity, respect and being listened to", Theme.DIGNITY_AND_RESPECT),
    PREMISES("Buildings, cleanliness and equipment", Theme.PREMISES_AND_EQUIPMENT),
    MANAGEMENT("How the service is run", Theme.GOVERNANCE),
    OTHER("Something else", Theme.OTHER);

    private final String label;
    private final Theme theme;

    Topic(String label, Theme theme) {
        this.label = label;
        this.theme = theme;
    }

    @Override
    public String label() {
        return label;
    }

    public Theme theme() {
        return theme;
    }
}
