package org.inspectorate.identity.application;

import java.time.Instant;
import java.util.List;
import org.inspectorate.identity.domain.Role;
import org.inspectorate.identity.domain.UserAccount;

/** A staff account as administrators see it: roles, team and region, whether it may sign in, its second factor. */
public record StaffAccountRecord(long id, String name, String email, List<String> roles, List<String> roleLabels,
        String team, String teamLabel, String region, String regionLabel, String status, boolean mfa,
        Instant lastSignInAt) {

    static StaffAccountRecord of(UserAccount u) {
        List<Role> sorted = u.roles().stream().sorted().toList();
        return new StaffAccountRecord(u.id(), u.displayName(), u.email(), sorted.stream().map(Role::name).toList(),
                sorted.stream().map(Role::label).toList(), u.team(), u.team() == null ? null
                        : org.inspectorate.triage.domain.Team.valueOf(u.team()).label(), u.region(), u.region() == null
                        ? null : org.inspectorate.registry.domain.Region.valueOf(u.region()).label(),
                u.removed() ? "ENDED" : u.active() ? "ACTIVE" : "SUSPENDED", u.mfaEnabled(), u.lastSignInAt());
    }
}
