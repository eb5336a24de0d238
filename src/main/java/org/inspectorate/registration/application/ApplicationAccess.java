package org.inspectorate.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.registration.domain.RegistrationApplication;
import org.inspectorate.registration.persistence.ApplicationRepository;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.NotFound;

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

    public RegistrationApplication read(long id) {
        RegistrationApplication a = store.find(id).orElse(null);
        access.checkOwnedBy("RegistrationApplication", String.valueOf(id), a == null ? null : a.providerId());
        if (a == null) {
            throw new NotFound("application", String.valueOf(id));
        }
        checkScope(a);
        return a;
    }

    /** Location managers and contributors reach only applications about their own locations (or none). */
    private void checkScope(RegistrationApplication a) {
        if (a.locationId() != null && access.locationScope().map(s -> !s.contains(a.locationId())).orElse(false)) {
            access.checkLocation(a.locationId(), false);
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

    /** For a change by staff (the API and pages are staff-only already). */
    public RegistrationApplication forStaffChange(long id) {
        if (!access.caller().isStaff()) {
            throw new Forbidden("Only the regulator's staff can do this");
        }
        return store.findForUpdate(id).orElseThrow(() -> new NotFound("application", String.valueOf(id)));
    }
}
