package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.domain.LocationCover;
import org.inspectorate.identity.domain.Role;
import org.inspectorate.identity.persistence.OrganisationRepository;
import org.inspectorate.registry.application.RegisterQueries;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.RequestActor;

/**
 * The one place that decides what a provider-side caller (user or API client) may reach. Every portal
 * page and portal API goes through it: anything outside the caller's organisation is "not found", and
 * the refused attempt is audited. Within the organisation, location managers and contributors reach only
 * their own locations and those of colleagues they cover today; administrators, read-only users and API
 * clients reach every location. Staff pass every check.
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

    @Inject
    OrganisationRepository organisations;

    @Inject
    Clock clock;

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
     * Refuses (as not found, audited) a location outside the caller's organisation, and (as forbidden,
     * audited) one of its locations the caller does not work with or cover. With {@code act} the caller
     * must also hold a role that may submit for it.
     */
    public void checkLocation(String locationId, boolean act) {
        checkLocations(java.util.List.of(locationId), act);
    }

    /** {@link #checkLocation} for several locations at once, looked up together. */
    public void checkLocations(java.util.Collection<String> locationIds, boolean act) {
        Caller c = actor.caller();
        if (c.isStaff() || locationIds.isEmpty()) {
            return;
        }
        java.util.Map<String, String> owners = register.providersOfLocations(locationIds);
        for (String locationId : locationIds) {
            String owner = owners.get(locationId);
            if (!c.isProvider() || owner == null || !owner.equals(c.providerId())) {
                refuse("Location", locationId);
            }
        }
        Optional<Set<String>> scope = locationScope();
        for (String locationId : locationIds) {
            if (scope.isPresent() && !scope.get().contains(locationId)) {
                audit.recordSecurityEvent("ACCESS_REFUSED", "Location", locationId,
                        "Not one of the user's locations, nor covered by them today");
                throw new Forbidden("Your account does not give you access to this location");
            }
        }
        if (act && c.roles().stream().noneMatch(ACTING_ROLES::contains)) {
            audit.recordSecurityEvent("ACCESS_REFUSED", "Location", locationIds.iterator().next(),
                    "Read-only users cannot submit");
            throw new Forbidden("Your account can view but not submit for this location");
        }
    }

    /**
     * The locations a location manager or contributor reaches today (their own and those they cover);
     * empty when the caller reaches every location of their organisation (or is staff).
     */
    public Optional<Set<String>> locationScope() {
        Caller c = actor.caller();
        if (!c.isProvider() || c.userId() == null || !isScoped(c)) {
            return Optional.empty();
        }
        return Optional.of(Set.copyOf(organisations.reachableLocations(c.userId(), today())));
    }

    public boolean mayAct() {
        Caller c = actor.caller();
        return c.isStaff() || c.roles().stream().anyMatch(ACTING_ROLES::contains);
    }

    /** Refuses (as forbidden, audited) anyone but an administrator of a provider organisation. */
    public String requireAdministrator() {
        String providerId = requireProvider();
        if (!actor.caller().hasRole(Role.PROVIDER_ADMIN.name())) {
            audit.recordSecurityEvent("ACCESS_REFUSED", "Provider", providerId, "Not an organisation administrator");
            throw new Forbidden("Only your organisation's administrators can do this");
        }
        return providerId;
    }

    /**
     * Refuses (as not found, audited) a record that belongs to another organisation, or to none
     * ({@code ownerProviderId} null: it does not exist). For account records: users, invitations, cover,
     * API clients, sessions.
     */
    public void checkOwnedBy(String type, String id, String ownerProviderId) {
        Caller c = actor.caller();
        if (c.isStaff() && ownerProviderId != null) {
            return;
        }
        if (!c.isProvider() || ownerProviderId == null || !ownerProviderId.equals(c.providerId())) {
            refuse(type, id);
        }
    }

    /** Today as a UK calendar date, the unit cover is granted in. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(LocationCover.ZONE));
    }

    private static boolean isScoped(Caller c) {
        return !c.hasRole(Role.PROVIDER_ADMIN.name()) && !c.hasRole(Role.READ_ONLY.name())
                && (c.hasRole(Role.LOCATION_MANAGER.name()) || c.hasRole(Role.CONTRIBUTOR.name()));
    }

    private void refuse(String type, String id) {
        audit.recordSecurityEvent("ACCESS_REFUSED", type, id, "Not the caller's organisation");
        throw new NotFound(type.toLowerCase(java.util.Locale.ROOT), id);
    }
}
