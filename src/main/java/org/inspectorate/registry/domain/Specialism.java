package org.inspectorate.registry.domain;

/** Who a service is for ("specialisms / services for"). */
public enum Specialism implements Labelled {
    DEMENTIA("Dementia"),
    LEARNING_DISABILITIES("Learning disabilities"),
    OLDER_PEOPLE("Older people"),
    YOUNGER_ADULTS("Younger adults"),
    MENTAL_HEALTH("Mental health conditions"),
    PHYSICAL_DISABILITIES("Physical disabilities"),
    SENSORY_IMPAIRMENTS("Sensory impairments"),
    SUBSTANCE_MISUSE("Substance misuse problems"),
    EATING_DISORDERS("Eating disorders"),
    CHILDREN("Children 0-18 years");

    private final String label;

    Specialism(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
