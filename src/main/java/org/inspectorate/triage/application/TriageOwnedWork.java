package org.inspectorate.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.inspectorate.shared.work.OwnedWork;
import org.inspectorate.shared.work.WorkKind;

/** Triage items are given to someone else as an assignment, with the triage rules. */
@ApplicationScoped
public class TriageOwnedWork implements OwnedWork {

    @Inject
    TriageService triage;

    @Override
    public WorkKind kind() {
        return WorkKind.TRIAGE_ITEM;
    }

    @Override
    public void reassign(long id, int version, long toStaffId) {
        triage.assign(id, version, toStaffId);
    }

    @Override
    public String path(long id, LocalDate dueOn) {
        return "/staff/triage/item.xhtml?id=" + id;
    }
}
