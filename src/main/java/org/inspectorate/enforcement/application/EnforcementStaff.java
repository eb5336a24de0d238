package org.inspectorate.enforcement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.RequestActor;

/** Who may act on enforcement: any staff member, and managers (or administrators) for the later stages. */
@ApplicationScoped
public class EnforcementStaff {

    @Inject
    RequestActor actor;

    @Inject
    AuditLog audit;

    public Caller requireStaff() {
        Caller c = actor.caller();
        if (!c.isStaff()) {
            audit.recordSecurityEvent("ACCESS_REFUSED", "EnforcementCase", null, "Not staff");
            throw new Forbidden("Only the regulator's staff can work on enforcement cases");
        }
        return c;
    }

    public void requireManager(String what, String caseReference) {
        requireManager(what, "EnforcementCase", caseReference);
    }

    public void requireManager(String what, String entityType, String entityId) {
        if (!isManager(actor.caller())) {
            audit.recordSecurityEvent("ACCESS_REFUSED", entityType, entityId, "Not a manager: " + what);
            throw new Forbidden("Only managers can " + what);
        }
    }

    public static boolean isManager(Caller c) {
        return c.isManager();
    }
}
