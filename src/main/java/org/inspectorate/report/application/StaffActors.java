package org.inspectorate.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.application.StaffDirectory;
import org.inspectorate.report.domain.Actor;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.RequestActor;

/** Who is acting on a report: an active member of staff, and whether they are a manager. */
@ApplicationScoped
public class StaffActors {

    @Inject
    RequestActor actor;

    @Inject
    StaffDirectory staff;

    @Inject
    AuditLog audit;

    public Actor me() {
        Caller c = actor.caller();
        if (!c.isStaff() || c.userId() == null) {
            throw new Forbidden("Only the regulator's staff can work on reports");
        }
        StaffDirectory.StaffMember m = staff.find(c.userId())
                .orElseThrow(() -> new Forbidden("Your staff account is not active"));
        return new Actor(m.id(), m.name(), manager(c));
    }

    public Actor staffMember(long id) {
        StaffDirectory.StaffMember m = staff.find(id).orElseThrow(() -> ValidationFailure.of("staffId",
                "Choose an active member of staff"));
        return new Actor(m.id(), m.name(), false);
    }

    public Long callerId() {
        return actor.caller().userId();
    }

    public boolean isManager() {
        return manager(actor.caller());
    }

    public void requireManager(String what, Long reportId) {
        if (!isManager()) {
            audit.recordSecurityEvent("ACCESS_REFUSED", "Report", reportId == null ? null : reportId.toString(),
                    "Not a manager: " + what);
            throw new Forbidden("Only managers can " + what);
        }
    }

    static boolean manager(Caller c) {
        return c.hasRole("MANAGER") || c.hasRole("ADMINISTRATOR");
    }
}
