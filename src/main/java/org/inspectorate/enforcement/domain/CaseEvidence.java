package org.inspectorate.enforcement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.inspectorate.shared.domain.Validation;

/** Evidence a case rests on: a triage item, an assessment finding, a stored file or a note, linked by reference. */
@Entity
@Immutable
@Table(name = "enforcement_evidence")
public class CaseEvidence {

    @Id
    @SequenceGenerator(name = "enforcement_evidence_id", sequenceName = "enforcement_evidence_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enforcement_evidence_id")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private EvidenceKind kind;

    @Column(name = "reference")
    private String reference;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CaseEvidence() {
    }

    public CaseEvidence(long caseId, EvidenceKind kind, String reference, String description, String addedBy,
            Instant addedAt) {
        new Validation().require(kind != null, "kind", "Choose what kind of evidence this is")
                .require(kind == null || kind == EvidenceKind.NOTE || reference != null && !reference.isBlank(),
                        "reference", "Enter the reference of the evidence")
                .optionalText(reference, "reference", "the reference", 200)
                .requireText(description, "description", "a description of the evidence", 2000).throwIfInvalid();
        this.caseId = caseId;
        this.kind = kind;
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
        this.description = description.strip();
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long id() { return id; }
    public Long caseId() { return caseId; }
    public EvidenceKind kind() { return kind; }
    public String reference() { return reference; }
    public String description() { return description; }
    public String addedBy() { return addedBy; }
    public Instant addedAt() { return addedAt; }
}
