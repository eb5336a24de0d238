package org.inspectorate.enforcement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.inspectorate.shared.work.OwnedWork;
import org.inspectorate.shared.work.WorkKind;

/** Enforcement cases change owner, by a manager. */
@ApplicationScoped
public class CaseOwnedWork implements OwnedWork {

    @Inject
    EnforcementService enforcement;

    @Override
    public WorkKind kind() {
        return WorkKind.ENFORCEMENT_CASE;
    }

    @Override
    public void reassign(long id, int version, long toStaffId) {
        enforcement.reassign(id, version, toStaffId);
    }

    @Override
    public String path(long id, LocalDate dueOn) {
        return "/staff/enforcement/case.xhtml?id=" + id;
    }
}
