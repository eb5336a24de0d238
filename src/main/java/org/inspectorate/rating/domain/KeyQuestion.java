package org.inspectorate.rating.domain;

/** The five key questions, in the order every page shows them. */
public enum KeyQuestion {
    SAFE("Safe"),
    EFFECTIVE("Effective"),
    CARING("Caring"),
    RESPONSIVE("Responsive"),
    WELL_LED("Well-led");

    private final String label;

    KeyQuestion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
