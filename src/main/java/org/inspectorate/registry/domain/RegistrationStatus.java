package org.inspectorate.registry.domain;

/** Whether a provider or location is on the register now. */
public enum RegistrationStatus implements Labelled {
    REGISTERED("Registered"),
    DEREGISTERED("Deregistered");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
