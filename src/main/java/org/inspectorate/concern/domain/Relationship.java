package org.inspectorate.concern.domain;

import org.inspectorate.registry.domain.Labelled;

/** How the person raising a concern knows the service. */
public enum Relationship implements Labelled {
    USES_THE_SERVICE("I use or used the service"),
    FAMILY_OR_FRIEND("I am a relative, friend or carer of someone who uses it"),
    WORKS_THERE("I work there"),
    WORKED_THERE("I used to work there"),
    PROFESSIONAL("I am a professional who visits or works with it"),
    OTHER("Something else");

    private final String label;

    Relationship(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean worker() {
        return this == WORKS_THERE || this == WORKED_THERE;
    }
}
