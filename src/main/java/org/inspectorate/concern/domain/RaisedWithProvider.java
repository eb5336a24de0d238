package org.inspectorate.concern.domain;

import org.inspectorate.registry.domain.Labelled;

/** Whether the person has told the service itself. */
public enum RaisedWithProvider implements Labelled {
    YES("Yes"),
    NO("No"),
    NOT_SURE("I am not sure");

    private final String label;

    RaisedWithProvider(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
