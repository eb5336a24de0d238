package org.inspectorate.workload.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.RequestActor;

/** Staff record their own absence; managers (and administrators) anyone's, and see and move waiting work. */
@ApplicationScoped
public class WorkloadAccess {

    @Inject
    RequestActor actor;

    @Inject
    AuditLog audit;

    public Caller requireStaff() {
        Caller c = actor.caller();
        if (!c.isStaff() || c.userId() == null) {
            audit.recordSecurityEvent("ACCESS_REFUSED", "StaffAbsence", null, "Not staff");
            throw new Forbidden("Only the regulator's staff record absence");
        }
        return c;
    }

    public Caller requireManager(String what) {
        Caller c = requireStaff();
        if (!c.isManager()) {
            audit.recordSecurityEvent("ACCESS_REFUSED", "StaffAbsence", null, "Not a manager: " + what);
            throw new Forbidden("Only managers can " + what);
        }
        return c;
    }

    public boolean isManager() {
        return actor.caller().isManager();
    }
}
