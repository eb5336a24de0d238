package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.RequestActor;

/** Which staff may manage provider organisations' portal access: registration officers and administrators. */
@ApplicationScoped
public class StaffAccess {

    @Inject
    RequestActor actor;

    @Inject
    AuditLog audit;

    /** The staff member's user id; anyone else is refused (audited). */
    public long requireAccessOfficer() {
        Caller c = actor.caller();
        if (!c.isStaff() || c.userId() == null
                || !(c.hasRole("REGISTRATION_OFFICER") || c.hasRole("ADMINISTRATOR"))) {
            audit.recordSecurityEvent("ACCESS_REFUSED", "ProviderAccess", null,
                    "Not a registration officer or administrator");
            throw new Forbidden("Only registration officers and administrators manage provider portal access");
        }
        return c.userId();
    }

    public boolean isAccessOfficer() {
        Caller c = actor.caller();
        return c.isStaff() && (c.hasRole("REGISTRATION_OFFICER") || c.hasRole("ADMINISTRATOR"));
    }
}
