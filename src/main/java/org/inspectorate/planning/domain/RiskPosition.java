package org.inspectorate.planning.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a location stands: its score (0 to 100), every reason with its points, and the date by which it must be
 * re-inspected (after an Inadequate rating or entry to special measures), with why, if any.
 */
public record RiskPosition(int score, List<RiskReason> reasons, LocalDate reinspectionDue, String reinspectionReason) {

    public RiskPosition {
        reasons = List.copyOf(reasons);
    }

    public boolean reinspectionOverdue(LocalDate today) {
        return reinspectionDue != null && today.isAfter(reinspectionDue);
    }
}
