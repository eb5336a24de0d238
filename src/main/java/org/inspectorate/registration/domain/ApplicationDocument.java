package org.inspectorate.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;

/** A document uploaded for an application: the stored file (files context), what it is, and when. */
@Embeddable
public class ApplicationDocument {

    @Column(name = "file_id", nullable = false)
    private UUID fileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private DocumentKind kind;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected ApplicationDocument() {
    }

    public ApplicationDocument(UUID fileId, DocumentKind kind, String name, Instant addedAt) {
        this.fileId = fileId;
        this.kind = kind;
        this.name = name;
        this.addedAt = addedAt;
    }

    public UUID fileId() { return fileId; }
    public DocumentKind kind() { return kind; }
    public String name() { return name; }
    public Instant addedAt() { return addedAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicationDocument d && d.fileId.equals(fileId);
    }

    @Override
    public int hashCode() {
        return fileId.hashCode();
    }
}
