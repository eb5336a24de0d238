package org.inspectorate.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import org.inspectorate.shared.work.OwnedWork;
import org.inspectorate.shared.work.WorkKind;

/** Planned assessments are allocated to another inspector, within that inspector's capacity for the month. */
@ApplicationScoped
public class PlanOwnedWork implements OwnedWork {

    @Inject
    PlanningService planning;

    @Override
    public WorkKind kind() {
        return WorkKind.PLANNED_ASSESSMENT;
    }

    @Override
    public void reassign(long id, int version, long toStaffId) {
        planning.allocate(id, version, toStaffId);
    }

    @Override
    public String path(long id, LocalDate dueOn) {
        return "/staff/planning/schedule.xhtml" + (dueOn == null ? "" : "?month=" + YearMonth.from(dueOn));
    }
}
