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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inspectorate.shared.domain.Validation;

/**
 * An enforcement case about a provider or one of its locations. It moves through the decision tree only by
 * decisions recorded at its current stage ({@link #decide}), each with reasons and, where the tree says so, the
 * meeting that took it; the breach found at stage 2 and the action chosen at stage 3 stay on the case.
 */
@Entity
@Table(name = "enforcement_case")
public class EnforcementCase {

    public static final int MAX_TEXT = 4000;

    @Id
    @SequenceGenerator(name = "enforcement_case_id", sequenceName = "enforcement_case_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enforcement_case_id")
    private Long id;

    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private String providerId;

    @Column(name = "provider_name", nullable = false)
    private String providerName;

    @Column(name = "location_id", updatable = false)
    private String locationId;

    @Column(name = "location_name")
    private String locationName;

    @Column(name = "region")
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, updatable = false)
    private CaseOrigin origin;

    @Column(name = "origin_reference", updatable = false)
    private String originReference;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false)
    private Stage stage;

    @Column(name = "stage_entered_at", nullable = false)
    private Instant stageEnteredAt;

    @Column(name = "breach")
    private String breach;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_kind")
    private ActionKind actionKind;

    @Column(name = "action_detail")
    private String actionDetail;

    @Column(name = "action_taken", nullable = false)
    private boolean actionTaken;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    /** The staff member responsible for moving the case on: its opener, until a manager reassigns it. */
    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "owner_name")
    private String ownerName;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected EnforcementCase() {
    }

    public EnforcementCase(String reference, NewCase n, String openedBy, Instant now) {
        new Validation().require(n.providerId() != null, "providerId", "Choose the provider or location the case is about")
                .require(n.origin() != null, "origin", "Choose what the case was opened from")
                .require(n.origin() == null || n.origin() == CaseOrigin.DIRECT || notBlank(n.originReference()),
                        "originReference", "Enter the reference of the item or finding the case comes from")
                .requireText(n.summary(), "summary", "a summary of the concern", MAX_TEXT).throwIfInvalid();
        this.reference = reference;
        this.providerId = n.providerId();
        this.providerName = clip(n.providerName(), 200);
        this.locationId = n.locationId();
        this.locationName = clip(n.locationName(), 200);
        this.region = n.region();
        this.origin = n.origin();
        this.originReference = notBlank(n.originReference()) ? n.originReference().strip() : null;
        this.summary = n.summary().strip();
        this.stage = Stage.INITIAL_ASSESSMENT;
        this.stageEnteredAt = now;
        this.openedBy = openedBy;
        this.openedAt = now;
    }

    /**
     * Records a decision at the current stage and moves the case where the decision leads. The breach is
     * required when confirming one at stage 2, the action when selecting one at stage 3 (with the wording of
     * the condition for conditions), and the meeting where {@link StageDecision#meetingRequired()} names one.
     */
    public CaseDecision decide(DecisionInput in, String decidedBy, Instant now, LocalDate today) {
        StageDecision d = in.decision();
        Validation v = new Validation().require(d != null, "decision", "Choose a decision")
                .requireText(in.reasons(), "reasons", "the reasons for the decision", MAX_TEXT);
        if (d == null) {
            v.throwIfInvalid();
        }
        if (!stage.open()) {
            throw new EnforcementConflict(reference + " is closed");
        }
        if (d.at() != stage) {
            throw new EnforcementConflict(reference + " is at " + stage.label().toLowerCase(java.util.Locale.ROOT)
                    + "; \"" + d.label() + "\" is a decision of " + d.at().label().toLowerCase(java.util.Locale.ROOT));
        }
        Meeting m = in.meeting();
        boolean hasMeeting = m != null && m.kind() != null;
        if (d.meetingRequired() != null) {
            v.require(hasMeeting && Arrays.asList(d.meetingRequired()).contains(m.kind()), "meetingKind",
                    "\"" + d.label() + "\" is decided at a " + meetingNames(d.meetingRequired()));
        }
        if (hasMeeting) {
            v.require(m.heldOn() != null, "meetingDate", "Enter the date of the meeting")
                    .require(m.heldOn() == null || !m.heldOn().isAfter(today), "meetingDate",
                            "The meeting date must be today or in the past")
                    .optionalText(m.attendees(), "attendees", "who attended", 1000);
        }
        if (d == StageDecision.BREACH_CONFIRMED) {
            v.requireText(in.breach(), "breach", "the regulation or requirement breached", 1000);
        }
        if (d == StageDecision.ACTION_SELECTED) {
            v.require(in.action() != null, "action", "Choose the action");
            if (in.action() != null && in.action().needsConditionText()) {
                v.requireText(in.actionDetail(), "actionDetail", "the wording of the condition", 2000);
            } else {
                v.optionalText(in.actionDetail(), "actionDetail", "the details of the action", 2000);
            }
        }
        v.throwIfInvalid();
        Stage from = stage;
        if (d == StageDecision.BREACH_CONFIRMED) {
            breach = in.breach().strip();
        }
        if (d == StageDecision.ACTION_SELECTED) {
            actionKind = in.action();
            actionDetail = notBlank(in.actionDetail()) ? in.actionDetail().strip() : null;
        }
        if (d == StageDecision.ACTION_CONFIRMED) {
            actionTaken = false;
        }
        if (d.leadsTo() != stage) {
            stage = d.leadsTo();
            stageEnteredAt = now;
        }
        if (stage == Stage.CLOSED) {
            closedAt = now;
        }
        return new CaseDecision(id, from, d, in.reasons().strip(), hasMeeting ? m : null, decidedBy, now);
    }

    /**
     * The confirmed action is being taken: only at the action stage, only the action the final review
     * confirmed, and once per confirmation (further action goes back through selection and final review).
     */
    public void takeAction(ActionKind kind) {
        if (stage != Stage.ACTION || actionKind == null) {
            throw new EnforcementConflict(reference + " is at " + stage.label().toLowerCase(java.util.Locale.ROOT)
                    + "; action is taken only once the final review has confirmed it");
        }
        if (kind != actionKind) {
            throw new EnforcementConflict("The final review confirmed " + actionKind.label().toLowerCase(
                    java.util.Locale.ROOT) + ", not " + kind.label().toLowerCase(java.util.Locale.ROOT));
        }
        if (actionTaken) {
            throw new EnforcementConflict(actionKind.label() + " has already been taken on " + reference
                    + "; further action goes back to selection of action");
        }
        actionTaken = true;
    }

    /** Days the case has been at its current stage, for the board. */
    public long daysAtStage(Instant now) {
        return Duration.between(stageEnteredAt, now).toDays();
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("reference", reference);
        s.put("providerId", providerId);
        s.put("locationId", locationId);
        s.put("stage", stage.name());
        s.put("breach", breach);
        s.put("action", actionKind == null ? null : actionKind.name());
        s.put("actionDetail", actionDetail);
        s.put("owner", ownerName);
        return s;
    }

    private static String meetingNames(MeetingKind[] kinds) {
        return String.join(" or ", Arrays.stream(kinds).map(MeetingKind::label).toList());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long id() { return id; }
    public String reference() { return reference; }
    public String providerId() { return providerId; }
    public String providerName() { return providerName; }
    public String locationId() { return locationId; }
    public String locationName() { return locationName; }
    public String region() { return region; }
    public CaseOrigin origin() { return origin; }
    public String originReference() { return originReference; }
    public String summary() { return summary; }
    public Stage stage() { return stage; }
    public Instant stageEnteredAt() { return stageEnteredAt; }
    public String breach() { return breach; }
    public ActionKind actionKind() { return actionKind; }
    public String actionDetail() { return actionDetail; }
    public boolean actionTaken() { return actionTaken; }
    public String openedBy() { return openedBy; }
    public Long ownerId() { return ownerId; }
    public String ownerName() { return ownerName; }

    /** Gives the case to this staff member (on opening, or a manager's reassignment). */
    public void ownedBy(long staffId, String name) {
        if (stage != null && !stage.open()) {
            throw new IllegalStateException("Case " + reference + " is closed");
        }
        this.ownerId = staffId;
        this.ownerName = clip(name, 254);
    }
    public Instant openedAt() { return openedAt; }
    public Instant closedAt() { return closedAt; }
    public int version() { return version; }
}
