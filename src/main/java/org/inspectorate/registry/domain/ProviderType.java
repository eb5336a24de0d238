package org.inspectorate.registry.domain;

/** The three kinds of legal entity that can register (DOMAIN.md 3.1). */
public enum ProviderType implements Labelled {
    INDIVIDUAL("Individual"),
    PARTNERSHIP("Partnership"),
    ORGANISATION("Organisation");

    private final String label;

    ProviderType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
