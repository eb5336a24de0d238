package org.inspectorate.identity.application;

import java.time.Instant;
import java.util.List;
import org.inspectorate.identity.domain.UserAccount;

/** A user of a provider organisation as their administrators see them. */
public record TeamMember(long id, String name, String email, String role, String roleLabel, List<String> locations,
        String status, Instant lastSignInAt, boolean mfa, int version) {

    static TeamMember of(UserAccount u) {
        var role = u.providerRole();
        String status = u.removedAt() != null ? "Removed" : u.active() ? "Active" : "Suspended";
        return new TeamMember(u.id(), u.displayName(), u.email(), role == null ? null : role.name(),
                role == null ? "" : role.label(), u.locationScope().stream().sorted().toList(), status,
                u.lastSignInAt(), u.mfaEnabled(), u.version());
    }

    public boolean active() {
        return "Active".equals(status);
    }

    public boolean administrator() {
        return "PROVIDER_ADMIN".equals(role);
    }

    /** What the user can reach, in words, for tables. */
    public String reach() {
        if (locations.isEmpty()) {
            return administrator() || "READ_ONLY".equals(role) ? "All locations" : "No locations";
        }
        return locations.size() == 1 ? "1 location" : locations.size() + " locations";
    }
}
