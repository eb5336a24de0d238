package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.domain.AdminRecoveryRequest;
import org.inspectorate.identity.domain.Invitation;
import org.inspectorate.identity.domain.Role;
import org.inspectorate.identity.persistence.RecoveryRequestRepository;
import org.inspectorate.registry.application.RegisterLookups;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.Validation;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.mail.MailOutbox;
import org.inspectorate.shared.security.Caller;

/**
 * The recovery route that does not depend on an organisation's administrators: anyone may ask the
 * regulator for a new administrator; staff check the request against the register, then grant it (an
 * administrator invitation to the requester) or reject it. Every step is audited.
 */
@ApplicationScoped
public class AdminRecoveryService {

    static final int MAX_PER_DAY = 3;

    @Inject
    RecoveryRequestRepository requests;

    @Inject
    InvitationIssuer issuer;

    @Inject
    RegisterLookups register;

    @Inject
    StaffAccess staff;

    @Inject
    MailOutbox outbox;

    @Inject
    AccountMail mail;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A new request, from anyone (signed in or not). */
    @Transactional
    public void request(String providerId, String name, String email, String capacity, String reason,
            String sourceIp) {
        String provider = providerId == null ? null : providerId.strip();
        Validation v = new Validation()
                .require(provider != null && OrganisationId.isValid(provider), "providerId",
                        "Enter your organisation's provider id, like 1-101234567")
                .requireText(name, "name", "your full name", 200)
                .requireText(email, "email", "your email address", 254)
                .require(email == null || email.isBlank() || EmailAddress.looksValid(email), "email",
                        "Enter an email address in the right format, like name@example.com")
                .requireText(capacity, "capacity", "your position in the organisation", 200)
                .requireText(reason, "reason", "why your organisation's administrators cannot help", 2000);
        v.throwIfInvalid();
        String organisation = register.providerName(provider).orElseThrow(() -> ValidationFailure.of("providerId",
                "There is no provider with this id on the register. Check it on your registration certificate"));
        Instant now = clock.instant();
        if (requests.countRecent(email, now.minus(Duration.ofDays(1))) >= MAX_PER_DAY) {
            audit.record(Caller.anonymous(), sourceIp, "ACCESS_RECOVERY_REQUEST_IGNORED", "Provider", provider, null,
                    null, "More than " + MAX_PER_DAY + " requests from " + email.strip() + " today");
            return;
        }
        AdminRecoveryRequest request = new AdminRecoveryRequest(provider, name, email, capacity, reason, sourceIp, now);
        requests.add(request);
        outbox.queue(mail.recoveryRequestReceived(request.requesterEmail(), request.requesterName(), organisation));
        audit.record(Caller.anonymous(), sourceIp, "ACCESS_RECOVERY_REQUESTED", "AdminRecoveryRequest",
                String.valueOf(request.id()), null, request.auditSnapshot(), null);
    }

    /** Grants the request: the requester is invited as an administrator, at the address staff verified. */
    @Transactional
    public void grant(long requestId, int expectedVersion, boolean verifiedAgainstRegister, String note) {
        long staffId = staff.requireAccessOfficer();
        AdminRecoveryRequest request = pending(requestId, expectedVersion);
        if (!verifiedAgainstRegister) {
            throw ValidationFailure.of("verified", "Confirm that you have checked the requester against the register");
        }
        new Validation().optionalText(note, "note", "the note", 2000).throwIfInvalid();
        var before = request.auditSnapshot();
        Invitation invitation = issuer.issue(request.providerId(), request.requesterEmail(), request.requesterName(),
                Role.PROVIDER_ADMIN, java.util.Set.of(), Invitation.Origin.STAFF_RECOVERY, staffId);
        request.grant(staffId, clock.instant(), invitation.id(), note);
        audit.record("ACCESS_RECOVERY_GRANTED", "AdminRecoveryRequest", String.valueOf(requestId), before,
                request.auditSnapshot(), "Administrator invitation " + invitation.id() + " sent");
    }

    @Transactional
    public void reject(long requestId, int expectedVersion, String note) {
        long staffId = staff.requireAccessOfficer();
        AdminRecoveryRequest request = pending(requestId, expectedVersion);
        new Validation().requireText(note, "note", "the reason, which the requester will be told", 2000)
                .throwIfInvalid();
        var before = request.auditSnapshot();
        request.reject(staffId, clock.instant(), note);
        String organisation = register.providerName(request.providerId()).orElse(request.providerId());
        outbox.queue(mail.recoveryRejected(request.requesterEmail(), request.requesterName(), organisation,
                request.decisionNote()));
        audit.record("ACCESS_RECOVERY_REJECTED", "AdminRecoveryRequest", String.valueOf(requestId), before,
                request.auditSnapshot(), null);
    }

    private AdminRecoveryRequest pending(long requestId, int expectedVersion) {
        AdminRecoveryRequest request = requests.find(requestId)
                .orElseThrow(() -> new NotFound("access recovery request", String.valueOf(requestId)));
        if (request.version() != expectedVersion || request.status() != AdminRecoveryRequest.Status.PENDING) {
            throw ValidationFailure.of("note", "Someone else has already dealt with this request. Reload the page"
                    + " to see what they decided.");
        }
        return request;
    }
}
