package org.inspectorate.registration.domain;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.ValidationFailure;

/** A fit-person interview or a site visit held during assessment, with its outcome. */
@Entity
@Table(name = "registration_assessment_record")
public class AssessmentRecord {

    /** What was held. */
    public enum Kind { INTERVIEW, SITE_VISIT }

    @Id
    @SequenceGenerator(name = "registration_record_id", sequenceName = "registration_record_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_record_id")
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "satisfactory", nullable = false, updatable = false)
    private boolean satisfactory;

    @Column(name = "notes", nullable = false, updatable = false)
    private String notes;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected AssessmentRecord() {
    }

    /** {@code subject}: who was interviewed, or which premises were visited. */
    public AssessmentRecord(Long applicationId, Kind kind, LocalDate heldOn, LocalDate today, String subject,
            boolean satisfactory, String notes, String by, Instant at) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "Choose an interview or a site visit"));
        }
        if (heldOn == null || heldOn.isAfter(today)) {
            errors.add(new FieldError("heldOn", "Enter the date it was held, today or earlier"));
        }
        if (subject == null || subject.isBlank() || subject.length() > 200) {
            errors.add(new FieldError("subject", "Enter who was interviewed or which premises were visited"));
        }
        if (notes == null || notes.isBlank() || notes.length() > 10_000) {
            errors.add(new FieldError("notes", "Enter notes of up to 10,000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        this.applicationId = applicationId;
        this.kind = kind;
        this.heldOn = heldOn;
        this.subject = subject.strip();
        this.satisfactory = satisfactory;
        this.notes = notes.strip();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long id() { return id; }
    public Long applicationId() { return applicationId; }
    public Kind kind() { return kind; }
    public LocalDate heldOn() { return heldOn; }
    public String subject() { return subject; }
    public boolean satisfactory() { return satisfactory; }
    public String notes() { return notes; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
