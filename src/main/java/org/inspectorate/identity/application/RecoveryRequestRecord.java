package org.inspectorate.identity.application;

import java.time.Instant;
import org.inspectorate.identity.domain.AdminRecoveryRequest;

/**
 * A request for a new administrator, for staff; {@code registerMatch} says in what capacity the register
 * names the requester's email address for this provider, or is null when it does not.
 */
public record RecoveryRequestRecord(long id, String providerId, String providerName, String requesterName,
        String requesterEmail, String requesterRole, String reason, Instant createdAt, String status,
        String registerMatch, int version) {

    static RecoveryRequestRecord of(AdminRecoveryRequest r, String providerName, String registerMatch) {
        return new RecoveryRequestRecord(r.id(), r.providerId(), providerName, r.requesterName(), r.requesterEmail(),
                r.requesterRole(), r.reason(), r.createdAt(), r.status().name(), registerMatch, r.version());
    }
}
