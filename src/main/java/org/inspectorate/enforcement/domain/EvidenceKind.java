package org.inspectorate.enforcement.domain;

import org.inspectorate.registry.domain.Labelled;

/** What a piece of evidence on a case is. */
public enum EvidenceKind implements Labelled {
    TRIAGE_ITEM("Notification or concern"),
    ASSESSMENT_FINDING("Assessment finding"),
    FILE("Document"),
    NOTE("Note");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
