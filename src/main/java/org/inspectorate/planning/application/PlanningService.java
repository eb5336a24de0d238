package org.inspectorate.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.enforcement.application.EnforcementStaff;
import org.inspectorate.identity.application.StaffDirectory;
import org.inspectorate.identity.application.StaffDirectory.StaffMember;
import org.inspectorate.planning.domain.AssessmentKind;
import org.inspectorate.planning.domain.Capacity;
import org.inspectorate.planning.domain.NewPlan;
import org.inspectorate.planning.domain.PlannedAssessment;
import org.inspectorate.planning.domain.PlanningConflict;
import org.inspectorate.planning.domain.RiskReason;
import org.inspectorate.planning.persistence.PlanRepository;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;

/**
 * Managers plan assessments from the risk view, within inspectors' monthly capacity, and set that capacity; the
 * assessment is marked started when it starts. Each change is audited in its transaction.
 */
@ApplicationScoped
public class PlanningService {

    @Inject
    PlanRepository plans;

    @Inject
    RiskQueries risk;

    @Inject
    RiskRefresh refresh;

    @Inject
    StaffDirectory staff;

    @Inject
    EnforcementStaff access;

    @Inject
    PlanningPolicy policy;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public long plan(String locationId, Long inspectorId, LocalDate plannedOn, AssessmentKind kind, String note) {
        String by = access.requireStaff().name();
        access.requireManager("plan assessments", "Location", locationId);
        if (locationId == null || locationId.isBlank()) {
            throw ValidationFailure.of("locationId", "Enter the location to assess");
        }
        RiskView r = risk.location(locationId.strip()).orElseThrow(() -> ValidationFailure.of("locationId",
                "There is no registered location with id " + locationId.strip()));
        plans.openAt(r.locationId()).ifPresent(p -> {
            throw new PlanningConflict(r.locationName() + " already has an assessment planned for " + p.plannedOn()
                    + " (" + p.inspectorName() + ")");
        });
        StaffMember inspector = inspectorId == null ? null : staff.find(inspectorId).orElseThrow(() ->
                ValidationFailure.of("inspectorId", "Choose an active inspector"));
        String reasons = String.join("\n", r.reasons().stream().map(RiskReason::encode).toList())
                + (note == null || note.isBlank() ? "" : "\nNote: " + note.strip());
        PlannedAssessment p = new PlannedAssessment(new NewPlan(r.locationId(), r.locationName(), r.team(), r.region(),
                inspectorId, inspector == null ? null : inspector.name(), plannedOn, kind,
                reasons.length() > 2000 ? reasons.substring(0, 2000) : reasons, r.reinspectionDue()), by, clock.instant(),
                LocalDate.now(clock));
        YearMonth month = YearMonth.from(plannedOn);
        long planned = plans.perInspector(month.atDay(1), month.atEndOfMonth()).getOrDefault(inspectorId, 0L);
        new Capacity(inspector.name(), month, capacityOf(inspectorId), planned).requireRoom();
        plans.add(p);
        plans.flush();
        audit.record("ASSESSMENT_PLANNED", "Location", r.locationId(), null, p.auditSnapshot(), "Risk score " + r.score());
        return p.id();
    }

    /** How soon a responsive assessment is planned after a triage item is escalated to assessment. */
    static final int RESPOND_WITHIN_DAYS = 14;

    /**
     * A triage item was escalated to assessment: the location's open plan is brought forward to within
     * {@link #RESPOND_WITHIN_DAYS} days, or a responsive assessment is planned for then, waiting for a manager to
     * allocate its inspector. Linked to the item either way, and audited. Returns the plan's id.
     */
    @Transactional
    public long escalated(String locationId, String triageReference, String why, String decidedBy) {
        RiskView r = risk.location(locationId).orElseThrow(() -> ValidationFailure.of("locationId",
                "There is no registered location with id " + locationId));
        LocalDate respondBy = LocalDate.now(clock).plusDays(RESPOND_WITHIN_DAYS);
        String line = org.inspectorate.shared.text.Bounded.of(why == null ? "" : why.strip(), 300);
        java.util.Optional<PlannedAssessment> open = plans.openAt(r.locationId());
        if (open.isPresent()) {
            PlannedAssessment p = open.get();
            Map<String, Object> before = p.auditSnapshot();
            p.escalate(triageReference, respondBy, line);
            audit.record("PLANNED_ASSESSMENT_ESCALATED", "Location", r.locationId(), before, p.auditSnapshot(),
                    "Triage " + triageReference);
            return p.id();
        }
        String reasons = "Escalated from triage " + triageReference + " by " + decidedBy + ": " + line + "\n"
                + String.join("\n", r.reasons().stream().map(RiskReason::encode).toList());
        PlannedAssessment p = PlannedAssessment.escalated(new NewPlan(r.locationId(), r.locationName(), r.team(),
                r.region(), null, null, respondBy, AssessmentKind.RESPONSIVE,
                reasons.length() > 2000 ? reasons.substring(0, 2000) : reasons, r.reinspectionDue()), triageReference,
                decidedBy, clock.instant());
        plans.add(p);
        plans.flush();
        audit.record("ASSESSMENT_PLANNED", "Location", r.locationId(), null, p.auditSnapshot(),
                "Escalated from triage " + triageReference);
        return p.id();
    }

    /** A manager allocates the inspector of a plan (one escalated from triage waits for this), within capacity. */
    @Transactional
    public void allocate(long planId, int expectedVersion, Long inspectorId) {
        access.requireManager("allocate planned assessments", "PlannedAssessment", String.valueOf(planId));
        PlannedAssessment p = load(planId, expectedVersion);
        StaffMember inspector = inspectorId == null ? null : staff.find(inspectorId).orElseThrow(() ->
                ValidationFailure.of("inspectorId", "Choose an active inspector"));
        if (inspector == null) {
            throw ValidationFailure.of("inspectorId", "Choose the inspector who will lead it");
        }
        YearMonth month = YearMonth.from(p.plannedOn());
        long planned = plans.perInspector(month.atDay(1), month.atEndOfMonth()).getOrDefault(inspectorId, 0L);
        new Capacity(inspector.name(), month, capacityOf(inspectorId), planned).requireRoom();
        Map<String, Object> before = p.auditSnapshot();
        p.allocate(inspectorId, inspector.name());
        audit.record("PLANNED_ASSESSMENT_ALLOCATED", "Location", p.locationId(), before, p.auditSnapshot(), null);
    }

    @Transactional
    public void start(long planId, int expectedVersion, String assessmentId) {
        access.requireStaff();
        PlannedAssessment p = load(planId, expectedVersion);
        Map<String, Object> before = p.auditSnapshot();
        p.start(assessmentId, LocalDate.now(clock));
        audit.record("PLANNED_ASSESSMENT_STARTED", "Location", p.locationId(), before, p.auditSnapshot(), null);
        plans.flush();
        refresh.refresh(Set.of(p.locationId()));
    }

    @Transactional
    public void cancel(long planId, int expectedVersion, String reasons) {
        access.requireManager("cancel planned assessments", "PlannedAssessment", String.valueOf(planId));
        PlannedAssessment p = load(planId, expectedVersion);
        Map<String, Object> before = p.auditSnapshot();
        p.cancel(reasons);
        audit.record("PLANNED_ASSESSMENT_CANCELLED", "Location", p.locationId(), before, p.auditSnapshot(),
                reasons.strip());
    }

    @Transactional
    public void setCapacity(long staffId, Integer perMonth) {
        access.requireManager("set inspectors' capacity", "StaffUser", String.valueOf(staffId));
        StaffMember s = staff.find(staffId).orElseThrow(() -> new NotFound("staff member", String.valueOf(staffId)));
        if (perMonth == null || perMonth < 0 || perMonth > 100) {
            throw ValidationFailure.of("perMonth", "Enter a number of assessments a month from 0 to 100");
        }
        int before = capacityOf(staffId);
        plans.setCapacity(staffId, perMonth, clock.instant());
        audit.record("INSPECTOR_CAPACITY_SET", "StaffUser", String.valueOf(staffId), Map.of("perMonth", before),
                Map.of("perMonth", perMonth), s.name());
    }

    int capacityOf(long staffId) {
        return plans.capacity(staffId).orElse(policy.defaultCapacity());
    }

    private PlannedAssessment load(long id, int expectedVersion) {
        PlannedAssessment p = plans.find(id).orElseThrow(() -> new NotFound("planned assessment", String.valueOf(id)));
        if (p.version() != expectedVersion) {
            throw new OptimisticLockException("The planned assessment changed since it was loaded");
        }
        return p;
    }
}
