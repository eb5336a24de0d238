package org.inspectorate.triage.domain;

import org.inspectorate.registry.domain.Labelled;

/** What an item is about, across notifications and concerns: the basis of the repeat-theme risk rule. */
public enum Theme implements Labelled {
    SAFEGUARDING("Abuse or safeguarding"),
    DEATH("Death"),
    INJURY("Injury"),
    CARE_AND_TREATMENT("Care and treatment"),
    STAFFING("Staffing"),
    PREMISES_AND_EQUIPMENT("Premises, equipment and utilities"),
    MEDICINES("Medicines"),
    DIGNITY_AND_RESPECT("Dignity and respect"),
    LIBERTY("Deprivation of liberty and the Mental Health Act"),
    POLICE("Police involvement"),
    GOVERNANCE("Management, registration and governance"),
    OTHER("Something else");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
