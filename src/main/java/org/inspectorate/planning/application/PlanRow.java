package org.inspectorate.planning.application;

import java.time.LocalDate;
import org.inspectorate.planning.domain.PlannedAssessment;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.triage.domain.Team;

/** A planned assessment as the schedule shows it; {@code late} when it misses its re-inspection deadline. */
public record PlanRow(long id, String locationId, String locationName, String team, String region, Long inspectorId,
        String inspectorName, LocalDate plannedOn, String kind, String kindLabel, String reasons,
        LocalDate reinspectionDue, boolean late, String state, String stateLabel, String assessmentId,
        LocalDate startedOn, int version, String triageReference) {

    public String teamLabel() {
        return Team.labelOf(team);
    }

    public String regionLabel() {
        return Region.labelOf(region);
    }

    static PlanRow of(PlannedAssessment p, LocalDate today) {
        return new PlanRow(p.id(), p.locationId(), p.locationName(), p.team(), p.region(), p.inspectorId(),
                p.inspectorName(), p.plannedOn(), p.kind().name(), p.kind().label(), p.reasons(), p.reinspectionDue(),
                p.late(today), p.state().name(), p.state().label(), p.assessmentId(), p.startedOn(), p.version(),
                p.triageReference());
    }
}
