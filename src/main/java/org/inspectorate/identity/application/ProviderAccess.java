package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.registry.application.RegisterQueries;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.RequestActor;

/**
 * The one place that decides what a provider-side caller (user or API client) may reach. Every portal
 * page and portal API goes through it: anything outside the caller's organisation is "not found", and
 * the refused attempt is audited. Staff pass every check.
 */
@ApplicationScoped
public class ProviderAccess {

    /** Roles that may submit and change things for their organisation, not only read. */
    static final Set<String> ACTING_ROLES = Set.of("PROVIDER_ADMIN", "LOCATION_MANAGER", "CONTRIBUTOR",
            ApiClientService.ROLE);

    @Inject
    RequestActor actor;

    @Inject
    RegisterQueries register;

    @Inject
    AuditLog audit;

    public Caller caller() {
        return actor.caller();
    }

    /** The organisation the caller acts for; staff and the public have none. */
    public String requireProvider() {
        Caller c = actor.caller();
        if (!c.isProvider() || c.providerId() == null) {
            throw new Forbidden("Only users of a provider organisation can do this");
        }
        return c.providerId();
    }

    /** Refuses (as not found, audited) a provider id other than the caller's own organisation. */
    public void checkProvider(String providerId) {
        Caller c = actor.caller();
        if (c.isStaff()) {
            return;
        }
        if (!c.isProvider() || !providerId.equals(c.providerId())) {
            refuse("Provider", providerId);
        }
    }

    /**
     * Refuses (as not found, audited) a location outside the caller's organisation. With {@code act} the
     * caller must also hold a role that may submit for it.
     */
    public void checkLocation(String locationId, boolean act) {
        Caller c = actor.caller();
        if (c.isStaff()) {
            return;
        }
        String owner = register.providerOfLocation(locationId).orElse(null);
        if (!c.isProvider() || owner == null || !owner.equals(c.providerId())) {
            refuse("Location", locationId);
        }
        if (act && c.roles().stream().noneMatch(ACTING_ROLES::contains)) {
            audit.recordSecurityEvent("ACCESS_REFUSED", "Location", locationId, "Read-only users cannot submit");
            throw new Forbidden("Your account can view but not submit for this location");
        }
    }

    public boolean mayAct() {
        Caller c = actor.caller();
        return c.isStaff() || c.roles().stream().anyMatch(ACTING_ROLES::contains);
    }

    private void refuse(String type, String id) {
        audit.recordSecurityEvent("ACCESS_REFUSED", type, id, "Not the caller's organisation");
        throw new NotFound(type.toLowerCase(java.util.Locale.ROOT), id);
    }
}
