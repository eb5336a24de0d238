package org.inspectorate.notice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.time.Days;
import org.inspectorate.shared.time.WorkingDays;

/**
 * A notice or letter served on a provider (or, before there is one, addressed to an applicant by name) about a
 * subject of another context. Its clocks are computed when
 * it is served and again when an appeal is recorded, and stored so that overdue steps can be found by query.
 * The notice itself decides whether representations are still accepted and which steps are overdue.
 */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    @SequenceGenerator(name = "notice_id", sequenceName = "notice_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_id")
    private Long id;

    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private NoticeKind kind;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    /** The provider served; null for a notice addressed to an applicant who is not yet a provider. */
    @Column(name = "provider_id", updatable = false)
    private String providerId;

    /** Whom a notice without a provider is addressed to (a new provider's applicant). */
    @Column(name = "addressee_name", updatable = false)
    private String addresseeName;

    @Column(name = "location_id", updatable = false)
    private String locationId;

    @Column(name = "title", nullable = false, updatable = false)
    private String title;

    @Column(name = "served_on", nullable = false, updatable = false)
    private LocalDate servedOn;

    @Column(name = "appealable", nullable = false, updatable = false)
    private boolean appealable;

    @Column(name = "representations_due")
    private LocalDate representationsDue;

    @Column(name = "appeal_due")
    private LocalDate appealDue;

    @Column(name = "compliance_due")
    private LocalDate complianceDue;

    @Column(name = "takes_effect_on")
    private LocalDate takesEffectOn;

    @Column(name = "appeal_lodged_on")
    private LocalDate appealLodgedOn;

    @Column(name = "appeal_decided_on")
    private LocalDate appealDecidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome")
    private AppealOutcome appealOutcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private NoticeStatus status;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "issued_by_id", updatable = false)
    private Long issuedById;

    @Column(name = "issued_by_name", nullable = false, updatable = false)
    private String issuedByName;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Notice() {
    }

    public Notice(String reference, NoticeKind kind, String subjectType, String subjectId, String providerId,
            String locationId, String title, LocalDate servedOn, boolean appealable, LocalDate complianceDue,
            WorkingDays workingDays, Long issuedById, String issuedByName, Instant issuedAt) {
        this(reference, kind, subjectType, subjectId, providerId, null, locationId, title, servedOn, appealable,
                complianceDue, workingDays, issuedById, issuedByName, issuedAt);
    }

    /**
     * A notice on a provider or, with no provider, on a named addressee (an applicant not yet registered): its
     * clocks are the same either way.
     */
    public Notice(String reference, NoticeKind kind, String subjectType, String subjectId, String providerId,
            String addresseeName, String locationId, String title, LocalDate servedOn, boolean appealable,
            LocalDate complianceDue, WorkingDays workingDays, Long issuedById, String issuedByName,
            Instant issuedAt) {
        if (providerId == null && (addresseeName == null || addresseeName.isBlank())) {
            throw new IllegalArgumentException("A notice is served on a provider or addressed to someone by name");
        }
        if (providerId == null && locationId != null) {
            throw new IllegalArgumentException("A notice to an applicant has no location on the register");
        }
        this.addresseeName = providerId == null ? addresseeName.strip() : null;
        this.reference = reference;
        this.kind = kind;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.providerId = providerId;
        this.locationId = locationId;
        this.title = title;
        this.servedOn = servedOn;
        this.appealable = appealable && kind.mayBeAppealed();
        this.complianceDue = complianceDue;
        this.issuedById = issuedById;
        this.issuedByName = issuedByName;
        this.issuedAt = issuedAt;
        this.representationsDue = NoticeClocks.representationsDue(kind, servedOn, workingDays);
        this.appealDue = NoticeClocks.appealDue(kind, servedOn, this.appealable);
        boolean somethingToCome = kind.takesRepresentations() || complianceDue != null || appealDue != null;
        this.status = somethingToCome ? NoticeStatus.OPEN : NoticeStatus.CONCLUDED;
        if (status == NoticeStatus.CONCLUDED) {
            closedAt = issuedAt;
        }
        recomputeEffect();
    }

    /** Whether written representations made on {@code day} are in time. */
    public boolean acceptsRepresentationsOn(LocalDate day) {
        return status == NoticeStatus.OPEN && representationsDue != null && !day.isBefore(servedOn)
                && !day.isAfter(representationsDue);
    }

    /** Refuses, with the reason, representations made on {@code day}. */
    public void checkRepresentationsAllowed(LocalDate day) {
        if (representationsDue == null) {
            throw ValidationFailure.of("text", "A " + kind.label().toLowerCase(java.util.Locale.ROOT)
                    + " does not take written representations");
        }
        if (status != NoticeStatus.OPEN) {
            throw ValidationFailure.of("text", "This notice is no longer open for representations");
        }
        if (day.isAfter(representationsDue)) {
            throw ValidationFailure.of("text", "The time for representations ended on " + representationsDue
                    + ": representations can no longer be made on this notice");
        }
    }

    /** The regulator takes a proposal or warning back. */
    public void withdraw(String reason, Instant at) {
        requireOpen();
        if (kind.effect() != NoticeKind.Effect.NEVER) {
            throw new IllegalStateException("A " + kind.label() + " cannot be withdrawn once served");
        }
        status = NoticeStatus.WITHDRAWN;
        outcome = reason;
        closedAt = at;
    }

    /** Nothing more will happen under this notice (for example a decision followed the proposal). */
    public void conclude(String why, Instant at) {
        requireOpen();
        status = NoticeStatus.CONCLUDED;
        outcome = why;
        closedAt = at;
    }

    /** An appeal to the Tribunal was lodged on {@code lodgedOn}; the decision waits for its outcome. */
    public void recordAppeal(LocalDate lodgedOn) {
        requireOpen();
        if (appealDue == null) {
            throw ValidationFailure.of("lodgedOn", "No appeal lies against this notice");
        }
        if (appealLodgedOn != null) {
            throw ValidationFailure.of("lodgedOn", "An appeal was already recorded on " + appealLodgedOn);
        }
        if (lodgedOn.isBefore(servedOn) || lodgedOn.isAfter(appealDue)) {
            throw ValidationFailure.of("lodgedOn", "An appeal must be lodged between " + Days.written(servedOn) + " and "
                    + Days.written(appealDue));
        }
        appealLodgedOn = lodgedOn;
        recomputeEffect();
    }

    /** The Tribunal's outcome; an allowed appeal concludes the notice without effect. */
    public void recordAppealOutcome(LocalDate decidedOn, AppealOutcome result, Instant at) {
        requireOpen();
        if (appealLodgedOn == null) {
            throw ValidationFailure.of("decidedOn", "No appeal has been recorded");
        }
        if (decidedOn.isBefore(appealLodgedOn)) {
            throw ValidationFailure.of("decidedOn", "The appeal cannot be decided before it was lodged ("
                    + appealLodgedOn + ")");
        }
        appealDecidedOn = decidedOn;
        appealOutcome = result;
        recomputeEffect();
        if (result == AppealOutcome.ALLOWED) {
            conclude(result.label(), at);
        }
    }

    /** Steps overdue on {@code today}; none once the notice is closed. */
    public List<NoticeAlert> alerts(LocalDate today) {
        List<NoticeAlert> alerts = new ArrayList<>();
        if (status != NoticeStatus.OPEN) {
            return alerts;
        }
        if (representationsDue != null && today.isAfter(representationsDue)) {
            alerts.add(NoticeAlert.REPRESENTATIONS_CLOSED);
        }
        if (takesEffectOn != null && !today.isBefore(takesEffectOn)
                && kind.effect() == NoticeKind.Effect.AFTER_APPEAL_WINDOW) {
            alerts.add(NoticeAlert.TAKES_EFFECT);
        }
        if (complianceDue != null && today.isAfter(complianceDue)) {
            alerts.add(NoticeAlert.COMPLIANCE_DUE);
        }
        return alerts;
    }

    /** Whether the notice has taken effect by {@code today}. */
    public boolean inEffectOn(LocalDate today) {
        return takesEffectOn != null && !today.isBefore(takesEffectOn);
    }

    private void recomputeEffect() {
        takesEffectOn = NoticeClocks.takesEffect(kind, servedOn, appealable, appealLodgedOn, appealDecidedOn,
                appealOutcome);
    }

    private void requireOpen() {
        if (status != NoticeStatus.OPEN) {
            throw new IllegalStateException("Notice " + reference + " is " + status.name().toLowerCase(
                    java.util.Locale.ROOT));
        }
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("reference", reference);
        s.put("kind", kind.name());
        s.put("subject", subjectType + ":" + subjectId);
        s.put("status", status.name());
        s.put("servedOn", String.valueOf(servedOn));
        s.put("representationsDue", String.valueOf(representationsDue));
        s.put("appealDue", String.valueOf(appealDue));
        s.put("takesEffectOn", String.valueOf(takesEffectOn));
        s.put("appealLodgedOn", String.valueOf(appealLodgedOn));
        s.put("appealOutcome", appealOutcome == null ? null : appealOutcome.name());
        return s;
    }

    public Long id() { return id; }
    public String reference() { return reference; }
    public NoticeKind kind() { return kind; }
    public String subjectType() { return subjectType; }
    public String subjectId() { return subjectId; }
    public String providerId() { return providerId; }
    public String addresseeName() { return addresseeName; }

    /** Whether the notice is addressed to an applicant (no provider) about this subject. */
    public boolean addressedToApplicantOf(String subjectType, String subjectId) {
        return providerId == null && this.subjectType.equals(subjectType) && this.subjectId.equals(subjectId);
    }
    public String locationId() { return locationId; }
    public String title() { return title; }
    public LocalDate servedOn() { return servedOn; }
    public boolean appealable() { return appealable; }
    public LocalDate representationsDue() { return representationsDue; }
    public LocalDate appealDue() { return appealDue; }
    public LocalDate complianceDue() { return complianceDue; }
    public LocalDate takesEffectOn() { return takesEffectOn; }
    public LocalDate appealLodgedOn() { return appealLodgedOn; }
    public LocalDate appealDecidedOn() { return appealDecidedOn; }
    public AppealOutcome appealOutcome() { return appealOutcome; }
    public NoticeStatus status() { return status; }
    public String outcome() { return outcome; }
    public String issuedByName() { return issuedByName; }
    public Instant issuedAt() { return issuedAt; }
    public Instant closedAt() { return closedAt; }
    public int version() { return version; }
}
