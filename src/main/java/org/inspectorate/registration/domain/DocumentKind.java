package org.inspectorate.registration.domain;

/** Documents an application may need (DOMAIN.md 4.2 step 2, "Documents"). */
public enum DocumentKind {
    STATEMENT_OF_PURPOSE("Statement of purpose"),
    QUALITY_POLICY("Quality management policy"),
    SAFEGUARDING_POLICY("Safeguarding policy"),
    OTHER("Other supporting document");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
