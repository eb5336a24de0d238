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
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A decision taken on a case at one stage, with its reasons and meeting: the case's history, never changed. */
@Entity
@Immutable
@Table(name = "enforcement_decision")
public class CaseDecision {

    @Id
    @SequenceGenerator(name = "enforcement_decision_id", sequenceName = "enforcement_decision_id_seq",
            allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enforcement_decision_id")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false)
    private StageDecision decision;

    @Column(name = "reasons", nullable = false)
    private String reasons;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_kind")
    private MeetingKind meetingKind;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Column(name = "meeting_attendees")
    private String meetingAttendees;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected CaseDecision() {
    }

    CaseDecision(Long caseId, Stage stage, StageDecision decision, String reasons, Meeting meeting, String decidedBy,
            Instant decidedAt) {
        this.caseId = caseId;
        this.stage = stage;
        this.decision = decision;
        this.reasons = reasons;
        if (meeting != null) {
            this.meetingKind = meeting.kind();
            this.meetingDate = meeting.heldOn();
            this.meetingAttendees = meeting.attendees() == null || meeting.attendees().isBlank() ? null
                    : meeting.attendees().strip();
        }
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long id() { return id; }
    public Long caseId() { return caseId; }
    public Stage stage() { return stage; }
    public StageDecision decision() { return decision; }
    public String reasons() { return reasons; }
    public MeetingKind meetingKind() { return meetingKind; }
    public LocalDate meetingDate() { return meetingDate; }
    public String meetingAttendees() { return meetingAttendees; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
}
