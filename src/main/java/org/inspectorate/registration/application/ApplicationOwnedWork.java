package org.inspectorate.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.inspectorate.shared.work.OwnedWork;
import org.inspectorate.shared.work.WorkKind;

/** Registration applications are given to another registration inspector. */
@ApplicationScoped
public class ApplicationOwnedWork implements OwnedWork {

    @Inject
    StaffWorkflow workflow;

    @Override
    public WorkKind kind() {
        return WorkKind.APPLICATION;
    }

    @Override
    public void reassign(long id, int version, long toStaffId) {
        workflow.assign(id, toStaffId);
    }

    @Override
    public String path(long id, LocalDate dueOn) {
        return "/staff/registration/application.xhtml?id=" + id;
    }
}
