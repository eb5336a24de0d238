package org.inspectorate.planning.domain;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.inspectorate.shared.domain.Validation;

/**
 * An assessment planned for a location: led by an inspector, on a date, of a kind, for reasons. It is started
 * (optionally naming the assessment it became) or cancelled with reasons; a started or cancelled plan is final.
 */
@Entity
@Table(name = "planned_assessment")
public class PlannedAssessment {

    @Id
    @SequenceGenerator(name = "planned_assessment_id", sequenceName = "planned_assessment_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planned_assessment_id")
    private Long id;

    @Column(name = "location_id", nullable = false, updatable = false)
    private String locationId;

    @Column(name = "location_name", nullable = false)
    private String locationName;

    @Column(name = "team", nullable = false)
    private String team;

    @Column(name = "region")
    private String region;

    /** Null while a plan escalated from triage waits for a manager to allocate it. */
    @Column(name = "inspector_id")
    private Long inspectorId;

    @Column(name = "inspector_name")
    private String inspectorName;

    @Column(name = "triage_reference")
    private String triageReference;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private AssessmentKind kind;

    @Column(name = "reasons", nullable = false)
    private String reasons;

    @Column(name = "reinspection_due")
    private LocalDate reinspectionDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private PlanState state;

    @Column(name = "assessment_id")
    private String assessmentId;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "cancel_reasons")
    private String cancelReasons;

    @Column(name = "planned_by", nullable = false, updatable = false)
    private String plannedBy;

    @Column(name = "planned_at", nullable = false, updatable = false)
    private Instant plannedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected PlannedAssessment() {
    }

    public PlannedAssessment(NewPlan p, String plannedBy, Instant now, LocalDate today) {
        new Validation().require(p.inspectorId() != null, "inspectorId", "Choose the inspector who will lead it")
                .require(p.plannedOn() != null, "plannedOn", "Enter the date the assessment is planned for")
                .require(p.plannedOn() == null || !p.plannedOn().isBefore(today), "plannedOn",
                        "The planned date must be today or later")
                .require(p.kind() != null, "kind", "Choose the kind of assessment")
                .optionalText(p.reasons(), "reasons", "the reasons", 2000).throwIfInvalid();
        this.locationId = p.locationId();
        this.locationName = p.locationName();
        this.team = p.team();
        this.region = p.region();
        this.inspectorId = p.inspectorId();
        this.inspectorName = p.inspectorName();
        this.plannedOn = p.plannedOn();
        this.kind = p.kind();
        this.reasons = p.reasons() == null || p.reasons().isBlank() ? "-" : p.reasons().strip();
        this.reinspectionDue = p.reinspectionDue();
        this.state = PlanState.PLANNED;
        this.plannedBy = plannedBy;
        this.plannedAt = now;
    }

    /**
     * A responsive assessment planned because a triage item was escalated to assessment: planned for
     * {@code respondBy}, not yet allocated, linked to the item.
     */
    public static PlannedAssessment escalated(NewPlan p, String triageReference, String plannedBy, Instant now) {
        PlannedAssessment a = new PlannedAssessment();
        a.locationId = p.locationId();
        a.locationName = p.locationName();
        a.team = p.team();
        a.region = p.region();
        a.plannedOn = p.plannedOn();
        a.kind = AssessmentKind.RESPONSIVE;
        a.reasons = p.reasons() == null || p.reasons().isBlank() ? "-" : p.reasons().strip();
        a.reinspectionDue = p.reinspectionDue();
        a.state = PlanState.PLANNED;
        a.plannedBy = plannedBy;
        a.plannedAt = now;
        a.triageReference = triageReference;
        return a;
    }

    /**
     * A triage item escalated to assessment at a location that already has this plan: it is brought forward to
     * {@code respondBy} when planned later, and says why.
     */
    public void escalate(String reference, LocalDate respondBy, String why) {
        requirePlanned("escalated");
        if (plannedOn.isAfter(respondBy)) {
            plannedOn = respondBy;
        }
        if (triageReference == null) {
            triageReference = reference;
        }
        String line = "Escalated from triage " + reference + ": " + why;
        String joined = reasons + "\n" + line;
        reasons = joined.length() > 2000 ? joined.substring(0, 2000) : joined;
    }

    /** A manager allocates (or reallocates) the inspector who will lead it. */
    public void allocate(Long inspector, String name) {
        requirePlanned("allocated");
        new Validation().require(inspector != null && name != null, "inspectorId",
                "Choose the inspector who will lead it").throwIfInvalid();
        inspectorId = inspector;
        inspectorName = name;
    }

    public boolean allocated() {
        return inspectorId != null;
    }

    /** The assessment has started (on {@code today}); {@code assessment} names it when it exists. */
    public void start(String assessment, LocalDate today) {
        requirePlanned("started");
        new Validation().optionalText(assessment, "assessmentId", "the assessment reference", 64).throwIfInvalid();
        state = PlanState.STARTED;
        startedOn = today;
        assessmentId = assessment == null || assessment.isBlank() ? null : assessment.strip();
    }

    public void cancel(String why) {
        requirePlanned("cancelled");
        new Validation().requireText(why, "reasons", "why the plan is cancelled", 2000).throwIfInvalid();
        state = PlanState.CANCELLED;
        cancelReasons = why.strip();
    }

    /** Late when still only planned for a date after its re-inspection deadline, or not started by that deadline. */
    public boolean late(LocalDate today) {
        return state == PlanState.PLANNED && reinspectionDue != null
                && (plannedOn.isAfter(reinspectionDue) || today.isAfter(reinspectionDue));
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("locationId", locationId);
        s.put("inspector", inspectorName);
        s.put("plannedOn", String.valueOf(plannedOn));
        s.put("kind", kind.name());
        s.put("state", state.name());
        s.put("assessmentId", assessmentId);
        if (triageReference != null) {
            s.put("triageReference", triageReference);
        }
        s.put("reinspectionDue", String.valueOf(reinspectionDue));
        return s;
    }

    private void requirePlanned(String what) {
        if (state != PlanState.PLANNED) {
            throw new PlanningConflict("The assessment of " + locationName + " is " + state.label().toLowerCase(
                    java.util.Locale.ROOT) + "; only a planned one can be " + what);
        }
    }

    public Long id() { return id; }
    public String locationId() { return locationId; }
    public String locationName() { return locationName; }
    public String team() { return team; }
    public String region() { return region; }
    public Long inspectorId() { return inspectorId; }
    public String triageReference() { return triageReference; }
    public String inspectorName() { return inspectorName; }
    public LocalDate plannedOn() { return plannedOn; }
    public AssessmentKind kind() { return kind; }
    public String reasons() { return reasons; }
    public LocalDate reinspectionDue() { return reinspectionDue; }
    public PlanState state() { return state; }
    public String assessmentId() { return assessmentId; }
    public LocalDate startedOn() { return startedOn; }
    public String cancelReasons() { return cancelReasons; }
    public String plannedBy() { return plannedBy; }
    public Instant plannedAt() { return plannedAt; }
    public int version() { return version; }
}
