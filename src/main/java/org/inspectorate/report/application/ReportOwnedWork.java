package org.inspectorate.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.inspectorate.shared.work.OwnedWork;
import org.inspectorate.shared.work.WorkKind;

/** Reports are handed over as a reassignment, which also releases their editing leases. */
@ApplicationScoped
public class ReportOwnedWork implements OwnedWork {

    @Inject
    ReportService reports;

    @Override
    public WorkKind kind() {
        return WorkKind.REPORT;
    }

    @Override
    public void reassign(long id, int version, long toStaffId) {
        reports.assign(id, toStaffId);
    }

    @Override
    public String path(long id, LocalDate dueOn) {
        return "/staff/reports/edit.xhtml?id=" + id;
    }
}
