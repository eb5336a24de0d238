package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.domain.Invitation;
import org.inspectorate.identity.domain.Role;
import org.inspectorate.identity.persistence.InvitationRepository;
import org.inspectorate.registry.application.RegisterLookups;
import org.inspectorate.shared.mail.MailOutbox;

/**
 * Creates an invitation and queues its email in the same transaction, so a committed invitation always
 * gets its email. An earlier invitation still pending for the same address and organisation is replaced.
 */
@ApplicationScoped
public class InvitationIssuer {

    @Inject
    InvitationRepository invitations;

    @Inject
    RegisterLookups register;

    @Inject
    MailOutbox outbox;

    @Inject
    AccountMail mail;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public Invitation issue(String providerId, String email, String name, Role role, Set<String> locations,
            Invitation.Origin origin, Long invitedBy) {
        Instant now = clock.instant();
        for (Invitation earlier : invitations.pendingFor(providerId, email, now)) {
            earlier.revoke(now);
            audit.record("INVITATION_REVOKED", "Invitation", String.valueOf(earlier.id()), null,
                    earlier.auditSnapshot(now), "Replaced by a new invitation to the same address");
        }
        String token = SessionTokens.newToken();
        Invitation invitation = new Invitation(providerId, email, name, role, locations, origin,
                SessionTokens.hash(token), invitedBy, now);
        invitations.add(invitation);
        String organisation = register.providerName(providerId).orElse(providerId);
        outbox.queue(mail.invitation(invitation, token, organisation));
        audit.record("INVITATION_SENT", "Invitation", String.valueOf(invitation.id()), null,
                invitation.auditSnapshot(now), null);
        return invitation;
    }
}
