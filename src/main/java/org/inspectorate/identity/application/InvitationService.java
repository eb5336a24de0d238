package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.domain.Invitation;
import org.inspectorate.identity.domain.PasswordPolicy;
import org.inspectorate.identity.domain.Role;
import org.inspectorate.identity.domain.UserAccount;
import org.inspectorate.identity.persistence.AccountRepository;
import org.inspectorate.identity.persistence.InvitationRepository;
import org.inspectorate.registry.application.RegisterLookups;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.Validation;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.security.Caller;

/** Inviting colleagues (administrators), revoking invitations, and accepting one from its emailed link. */
@ApplicationScoped
public class InvitationService {

    static final String LINK_NOT_USABLE = "This invitation link has expired or has already been used. Ask your"
            + " organisation's administrator to invite you again.";

    @Inject
    ProviderAccess access;

    @Inject
    InvitationIssuer issuer;

    @Inject
    InvitationRepository invitations;

    @Inject
    AccountRepository accounts;

    @Inject
    TeamRules rules;

    @Inject
    PasswordHasher hasher;

    @Inject
    RegisterLookups register;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What an invitation link offers, shown before it is accepted. */
    public record Preview(String organisation, String email, String name, String roleLabel, boolean existingAccount) {
    }

    public record Accepted(String email, boolean newAccount) {
    }

    @Transactional
    public InvitationRecord invite(String email, String name, String role, Set<String> locations) {
        String providerId = access.requireAdministrator();
        Validation v = new Validation();
        String address = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        v.requireText(address, "email", "their email address", 254)
                .require(address == null || address.isBlank() || EmailAddress.looksValid(address), "email",
                        "Enter an email address in the right format, like name@example.com")
                .requireText(name, "name", "their full name", 200);
        v.throwIfInvalid();
        Role newRole = rules.providerRole("role", role);
        Set<String> scope = rules.checkedScope(newRole, locations, "locations");
        Optional<UserAccount> existing = accounts.findByEmail(address);
        if (existing.isPresent() && providerId.equals(existing.get().providerId())) {
            throw ValidationFailure.of("email", existing.get().displayName() + " already has an account in your"
                    + " organisation. Change their role on the team page instead.");
        }
        if (existing.isPresent()) {
            // Refused now, not when they try to accept; which organisation holds the account is not said.
            throw ValidationFailure.of("email", "This email address already has an account outside your"
                    + " organisation, so it cannot join yours. Invite them at another address, or ask the regulator"
                    + " to move the account.");
        }
        Invitation invitation = issuer.issue(providerId, address, name, newRole, scope, Invitation.Origin.COLLEAGUE,
                access.caller().userId());
        return InvitationRecord.of(invitation, clock.instant());
    }

    @Transactional
    public void revoke(long invitationId) {
        String providerId = access.requireAdministrator();
        Invitation invitation = invitations.find(invitationId).orElse(null);
        access.checkOwnedBy("Invitation", String.valueOf(invitationId),
                invitation == null ? null : invitation.providerId());
        Instant now = clock.instant();
        if (invitation.statusAt(now) != Invitation.Status.PENDING) {
            throw ValidationFailure.of("invitation", "This invitation was already " + invitation.statusAt(now).name()
                    .toLowerCase(Locale.ROOT));
        }
        invitation.revoke(now);
        audit.record("INVITATION_REVOKED", "Invitation", String.valueOf(invitationId), null,
                invitation.auditSnapshot(now), "Revoked by an administrator of " + providerId);
    }

    /** Empty when the link is unknown, used, revoked or expired: the page then says only that. */
    @Transactional
    public Optional<Preview> preview(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return invitations.findByTokenHash(SessionTokens.hash(token))
                .filter(i -> i.statusAt(now) == Invitation.Status.PENDING)
                .map(i -> new Preview(register.providerName(i.providerId()).orElse(i.providerId()), i.email(),
                        i.displayName(), i.role().label(), accounts.findByEmail(i.email()).isPresent()));
    }

    /**
     * Accepts an invitation: creates the account with the chosen name and password, or, for someone who
     * already has an account in the same organisation, gives that account the invited role.
     */
    @Transactional
    public Accepted accept(String token, String name, String password, String sourceIp) {
        Instant now = clock.instant();
        Invitation invitation = token == null ? null : invitations.findByTokenHashForUpdate(SessionTokens.hash(token))
                .filter(i -> i.statusAt(now) == Invitation.Status.PENDING).orElse(null);
        if (invitation == null) {
            audit.recordSecurityEvent("INVITATION_LINK_REFUSED", "Invitation", null, "Unknown, used or expired link");
            throw ValidationFailure.of("password", LINK_NOT_USABLE);
        }
        Optional<UserAccount> existing = accounts.findByEmail(invitation.email());
        if (existing.isPresent()) {
            return acceptExisting(invitation, existing.get(), now, sourceIp);
        }
        Validation v = new Validation().requireText(name, "name", "your full name", 200);
        FieldError weak = PasswordPolicy.check("password", password, invitation.email());
        v.require(weak == null, "password", weak == null ? "" : weak.message());
        v.throwIfInvalid();
        UserAccount account = UserAccount.providerUser(invitation.email(), name.strip(), hasher.hash(password),
                invitation.providerId(), Set.of(invitation.role()));
        account.assignProviderRole(invitation.role(), invitation.locations());
        accounts.add(account);
        accounts.flush();
        invitation.accept(now, account.id());
        Caller who = SignInService.who(account);
        audit.record(who, sourceIp, "ACCOUNT_CREATED", "UserAccount", account.id().toString(), null,
                account.auditSnapshot(), "From invitation " + invitation.id());
        audit.record(who, sourceIp, "INVITATION_ACCEPTED", "Invitation", String.valueOf(invitation.id()), null,
                invitation.auditSnapshot(now), null);
        return new Accepted(account.email(), true);
    }

    private Accepted acceptExisting(Invitation invitation, UserAccount account, Instant now, String sourceIp) {
        if (!invitation.providerId().equals(account.providerId())) {
            throw ValidationFailure.of("password", "This email address already has an account that is not part of"
                    + " this organisation. Contact the regulator to move it, or ask to be invited at another"
                    + " address.");
        }
        Caller who = SignInService.who(account);
        var before = account.auditSnapshot();
        account.assignProviderRole(invitation.role(), invitation.locations());
        if (!account.active()) {
            account.reactivate();
        }
        invitation.accept(now, account.id());
        audit.record(who, sourceIp, "USER_ROLE_CHANGED", "UserAccount", account.id().toString(), before,
                account.auditSnapshot(), "From invitation " + invitation.id());
        audit.record(who, sourceIp, "INVITATION_ACCEPTED", "Invitation", String.valueOf(invitation.id()), null,
                invitation.auditSnapshot(now), null);
        return new Accepted(account.email(), false);
    }
}
