package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.inspectorate.identity.domain.Role;
import org.inspectorate.identity.domain.UserAccount;
import org.inspectorate.identity.persistence.OrganisationRepository;
import org.inspectorate.shared.domain.ValidationFailure;

/** Checks shared by the team use cases: a valid provider role, locations of the organisation, an administrator kept. */
@ApplicationScoped
public class TeamRules {

    static final int MAX_LOCATIONS = 1000;

    @Inject
    ProviderAccess access;

    @Inject
    OrganisationRepository organisations;

    Role providerRole(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ValidationFailure.of(field, "Choose a role");
        }
        try {
            Role role = Role.valueOf(value.strip());
            if (Role.providerRoles().contains(role)) {
                return role;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the same message as an unknown role
        }
        throw ValidationFailure.of(field, "Choose a role from the list");
    }

    /**
     * The locations for a scoped role: at least one, each a location of the caller's organisation (any
     * other is refused as not found, audited, by {@link ProviderAccess#checkLocation}). Empty for other roles.
     */
    Set<String> checkedScope(Role role, Set<String> locations, String field) {
        if (!role.scoped()) {
            return Set.of();
        }
        Set<String> chosen = new LinkedHashSet<>();
        if (locations != null) {
            locations.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).forEach(chosen::add);
        }
        if (chosen.isEmpty()) {
            throw ValidationFailure.of(field, "Choose at least one location for a " + role.label().toLowerCase()
                    + ", or choose another role");
        }
        if (chosen.size() > MAX_LOCATIONS) {
            throw ValidationFailure.of(field, "Choose " + MAX_LOCATIONS + " locations or fewer");
        }
        chosen.forEach(l -> access.checkLocation(l, false));
        return chosen;
    }

    /** Refuses a change that would leave the organisation without another active administrator. */
    void keepAnAdministrator(String providerId, UserAccount changing, String field) {
        organisations.lockAdministrators(providerId);
        long active = organisations.countActiveAdministrators(providerId);
        long others = active - (changing.active() && changing.isProviderAdmin() ? 1 : 0);
        if (others < 1) {
            throw ValidationFailure.of(field, changing.displayName() + " is your organisation's only active"
                    + " administrator. Make someone else an administrator first.");
        }
    }
}
