package org.inspectorate.planning.domain;

import java.time.LocalDate;

/** Planning an assessment of a location: who leads it, when, what kind, and why (the risk reasons, as planned). */
public record NewPlan(String locationId, String locationName, String team, String region, Long inspectorId,
        String inspectorName, LocalDate plannedOn, AssessmentKind kind, String reasons, LocalDate reinspectionDue) {
}
