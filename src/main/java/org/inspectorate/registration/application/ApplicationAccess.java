package org.inspectorate.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.registration.domain.RegistrationApplication;
import org.inspectorate.registration.persistence.ApplicationRepository;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.security.Caller;

/**
 * Finds an application for the caller: staff reach every one; a provider user only its own organisation's,
 * anything else is not found (and the attempt audited as ACCESS_REFUSED naming the id).
 */
@ApplicationScoped
public class ApplicationAccess {

    @Inject
    ApplicationRepository store;

    @Inject
    ProviderAccess access;

    @Inject
    AuditLog audit;

    public RegistrationApplication read(long id) {
        RegistrationApplication a = store.find(id).orElse(null);
        boolean newProviderForStaff = a != null && a.providerId() == null && access.caller().isStaff();
        if (!newProviderForStaff) {
            // A new provider's application (no provider yet) is staff's only; its applicant uses the link.
            access.checkOwnedBy("RegistrationApplication", String.valueOf(id), a == null ? null : a.providerId());
        }
        if (a == null) {
            throw new NotFound("application", String.valueOf(id));
        }
        checkScope(a);
        return a;
    }

    /**
     * Location managers and contributors reach only applications about their own locations, and those about no
     * location that they started themselves (as the list shows them).
     */
    private void checkScope(RegistrationApplication a) {
        var scope = access.locationScope();
        if (scope.isEmpty()) {
            return;
        }
        if (a.locationId() != null && !scope.get().contains(a.locationId())) {
            access.checkLocation(a.locationId(), false);
        } else if (a.locationId() == null && !java.util.Objects.equals(a.createdById(), access.caller().userId())) {
            audit.recordSecurityEvent("ACCESS_REFUSED", "RegistrationApplication", String.valueOf(a.id()),
                    "An application about no location, started by someone else, for a user limited to locations");
            throw new Forbidden("Your account gives you access to applications about your locations only");
        }
    }

    /** For a change by the provider: locked, its own organisation's, and the caller may act. */
    public RegistrationApplication forProviderChange(long id) {
        access.requireProvider();
        RegistrationApplication a = store.findForUpdate(id).orElse(null);
        access.checkOwnedBy("RegistrationApplication", String.valueOf(id), a == null ? null : a.providerId());
        if (!access.mayAct()) {
            throw new Forbidden("Your account can view but not change applications");
        }
        checkScope(a);
        return a;
    }

    /**
     * For a change by staff: registration officers (the registration inspectors), managers and administrators.
     * Other staff may read applications but not move them on; their attempts are refused and audited.
     */
    public RegistrationApplication forStaffChange(long id) {
        Caller c = access.caller();
        if (!c.isStaff() || !(c.hasRole("REGISTRATION_OFFICER") || c.hasRole("MANAGER")
                || c.hasRole("ADMINISTRATOR"))) {
            audit.recordSecurityEvent("ACCESS_REFUSED", "RegistrationApplication", String.valueOf(id),
                    "Not a registration officer, manager or administrator");
            throw new Forbidden("Only registration officers, managers and administrators can act on applications");
        }
        return store.findForUpdate(id).orElseThrow(() -> new NotFound("application", String.valueOf(id)));
    }
}
