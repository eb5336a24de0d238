package org.inspectorate.triage.domain;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.inspectorate.shared.domain.Validation;

/**
 * One thing to triage. It is always in exactly one {@link TriageState} and guards its own transitions:
 * claim, assign or reassign, release, decide an outcome (with reasons), note that requested information
 * arrived, reopen, and link to a location. Refused transitions throw {@link TriageConflict}.
 */
@Entity
@Table(name = "triage_item")
public class TriageItem {

    public static final int MAX_REASONS = 4000;

    @Id
    @SequenceGenerator(name = "triage_item_id", sequenceName = "triage_item_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "triage_item_id")
    private Long id;

    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, updatable = false)
    private SourceKind sourceKind;

    @Column(name = "source_id", nullable = false, updatable = false)
    private long sourceId;

    @Column(name = "category", nullable = false, updatable = false)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "theme", nullable = false)
    private Theme theme;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "location_id")
    private String locationId;

    @Column(name = "location_name")
    private String locationName;

    @Column(name = "provider_id")
    private String providerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "team", nullable = false)
    private Team team;

    @Column(name = "region")
    private String region;

    @Column(name = "risk_score", nullable = false)
    private int riskScore;

    @Column(name = "risk_reasons", nullable = false)
    private String riskReasons;

    @Column(name = "serious", nullable = false)
    private boolean serious;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private TriageState state;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(name = "assignee_name")
    private String assigneeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private Outcome outcome;

    @Column(name = "outcome_reasons")
    private String outcomeReasons;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected TriageItem() {
    }

    public TriageItem(NewItem n, RiskAssessment risk, Instant dueAt) {
        this.reference = n.reference();
        this.sourceKind = n.sourceKind();
        this.sourceId = n.sourceId();
        this.category = n.category();
        this.theme = n.theme();
        this.summary = clip(n.summary(), 300);
        this.locationId = n.locationId();
        this.locationName = clip(n.locationName(), 200);
        this.providerId = n.providerId();
        this.team = n.team();
        this.region = n.region();
        this.riskScore = risk.score();
        this.riskReasons = clip(risk.explanation(), 2000);
        this.serious = risk.serious();
        this.receivedAt = n.receivedAt();
        this.dueAt = dueAt;
        this.state = TriageState.NEW;
    }

    /** The caller takes an unassigned item for themselves. */
    public void claim(long staffId, String staffName) {
        if (state != TriageState.NEW) {
            throw new TriageConflict(reference + " is " + state.label().toLowerCase(java.util.Locale.ROOT)
                    + (assigneeName == null ? "" : " (" + assigneeName + ")") + "; only new items can be claimed");
        }
        assignTo(staffId, staffName);
        state = TriageState.ASSIGNED;
    }

    /** Assigns or reassigns an open item; an item awaiting information keeps waiting, with its new owner. */
    public void assign(long staffId, String staffName) {
        requireOpen("assigned");
        if (assigneeId != null && assigneeId == staffId) {
            throw new TriageConflict(reference + " is already assigned to " + staffName);
        }
        assignTo(staffId, staffName);
        if (state == TriageState.NEW) {
            state = TriageState.ASSIGNED;
        }
    }

    /** Gives an assigned item back to its queue. */
    public void release() {
        if (state != TriageState.ASSIGNED) {
            throw new TriageConflict(reference + " is not assigned to anyone, so it cannot be released");
        }
        assigneeId = null;
        assigneeName = null;
        state = TriageState.NEW;
    }

    /**
     * Records an outcome with its reasons. Requesting information leaves the item open until {@code
     * informationWait} from now; every other outcome closes it. An unassigned item becomes the decider's.
     */
    public TriageDecision decide(Outcome chosen, String reasons, long staffId, String staffName, Instant now,
            Duration informationWait) {
        new Validation().require(chosen != null, "outcome", "Choose an outcome")
                .requireText(reasons, "reasons", "the reasons for the outcome", MAX_REASONS).throwIfInvalid();
        requireOpen("decided");
        if (assigneeId == null) {
            assignTo(staffId, staffName);
        }
        if (chosen.closes()) {
            state = TriageState.CLOSED;
            outcome = chosen;
            outcomeReasons = reasons.strip();
            decidedAt = now;
        } else {
            state = TriageState.AWAITING_INFORMATION;
            dueAt = now.plus(informationWait);
        }
        return new TriageDecision(id, chosen, reasons.strip(), staffId, staffName, now);
    }

    /** The information asked for has arrived: the item is back with its owner, due again from now. */
    public void informationReceived(Instant now, Duration dueWithin) {
        if (state != TriageState.AWAITING_INFORMATION) {
            throw new TriageConflict(reference + " is not awaiting information");
        }
        state = TriageState.ASSIGNED;
        dueAt = now.plus(dueWithin);
    }

    /** Opens a closed item again, assigned to whoever reopens it. */
    public void reopen(long staffId, String staffName, Instant now, Duration dueWithin) {
        if (state != TriageState.CLOSED) {
            throw new TriageConflict(reference + " is not closed");
        }
        state = TriageState.ASSIGNED;
        outcome = null;
        outcomeReasons = null;
        decidedAt = null;
        dueAt = now.plus(dueWithin);
        assignTo(staffId, staffName);
    }

    /**
     * Links a concern to the location it is about: it moves to that location's team and region queue. A
     * notification always belongs to the location it was made for.
     */
    public void linkToLocation(String newLocationId, String name, String newProviderId, Team newTeam,
            String newRegion) {
        if (sourceKind != SourceKind.CONCERN) {
            throw new TriageConflict(reference + " is a notification about its own location; it cannot be moved");
        }
        requireOpen("linked to a location");
        this.locationId = newLocationId;
        this.locationName = clip(name, 200);
        this.providerId = newProviderId;
        this.team = newTeam;
        this.region = newRegion;
    }

    public boolean pastDue(Instant now) {
        return state.open() && dueAt.isBefore(now);
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("reference", reference);
        s.put("state", state.name());
        s.put("team", team.name());
        s.put("region", region);
        s.put("locationId", locationId);
        s.put("assigneeId", assigneeId);
        s.put("assignee", assigneeName);
        s.put("riskScore", riskScore);
        s.put("dueAt", dueAt.toString());
        s.put("outcome", outcome == null ? null : outcome.name());
        s.put("outcomeReasons", outcomeReasons);
        return s;
    }

    private void requireOpen(String what) {
        if (!state.open()) {
            throw new TriageConflict(reference + " is closed; reopen it before it can be " + what);
        }
    }

    private void assignTo(long staffId, String staffName) {
        assigneeId = staffId;
        assigneeName = staffName;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long id() { return id; }
    public String reference() { return reference; }
    public SourceKind sourceKind() { return sourceKind; }
    public long sourceId() { return sourceId; }
    public String category() { return category; }
    public Theme theme() { return theme; }
    public String summary() { return summary; }
    public String locationId() { return locationId; }
    public String locationName() { return locationName; }
    public String providerId() { return providerId; }
    public Team team() { return team; }
    public String region() { return region; }
    public int riskScore() { return riskScore; }
    public String riskReasons() { return riskReasons; }
    public boolean serious() { return serious; }
    public Instant receivedAt() { return receivedAt; }
    public Instant dueAt() { return dueAt; }
    public TriageState state() { return state; }
    public Long assigneeId() { return assigneeId; }
    public String assigneeName() { return assigneeName; }
    public Outcome outcome() { return outcome; }
    public String outcomeReasons() { return outcomeReasons; }
    public Instant decidedAt() { return decidedAt; }
    public int version() { return version; }
}
