package org.inspectorate.identity.application;

import java.time.Instant;
import java.util.List;
import org.inspectorate.identity.domain.Invitation;

/** An invitation as its organisation's administrators see it (never its token). */
public record InvitationRecord(long id, String email, String name, String role, String roleLabel,
        List<String> locations, String origin, Instant createdAt, Instant expiresAt, String status) {

    static InvitationRecord of(Invitation i, Instant now) {
        return new InvitationRecord(i.id(), i.email(), i.displayName(), i.role().name(), i.role().label(),
                i.locations().stream().sorted().toList(), i.origin().name(), i.createdAt(), i.expiresAt(),
                i.statusAt(now).name());
    }
}
