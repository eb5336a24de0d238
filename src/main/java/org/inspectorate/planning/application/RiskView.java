package org.inspectorate.planning.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.inspectorate.planning.domain.RiskReason;

/** A location in the risk view: its score and every reason, its re-inspection deadline, and any open plan. */
public record RiskView(String locationId, String locationName, String providerId, String team, String teamLabel,
        String region, String regionLabel, int score, List<RiskReason> reasons, String rating,
        LocalDate reinspectionDue, String reinspectionReason, boolean reinspectionOverdue, Long planId,
        LocalDate plannedOn, String plannedInspector, boolean planLate, Instant computedAt) {
}
