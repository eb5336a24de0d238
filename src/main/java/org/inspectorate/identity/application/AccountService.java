package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.domain.Mfa;
import org.inspectorate.identity.domain.PasswordPolicy;
import org.inspectorate.identity.domain.Role;
import org.inspectorate.identity.domain.UserAccount;
import org.inspectorate.identity.domain.UserSession;
import org.inspectorate.identity.persistence.AccountRepository;
import org.inspectorate.identity.persistence.CredentialRepository;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.mail.MailOutbox;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.RequestActor;

/**
 * The signed-in person's own account: password, second factor and recovery codes, signed-in sessions.
 * Staff and provider users alike; nobody reaches another person's account here.
 */
@ApplicationScoped
public class AccountService {

    @Inject
    RequestActor actor;

    @Inject
    AccountRepository accounts;

    @Inject
    CredentialRepository credentials;

    @Inject
    SecondFactor secondFactor;

    @Inject
    PasswordHasher hasher;

    @Inject
    MailOutbox outbox;

    @Inject
    AccountMail mail;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public MyAccount me() {
        UserAccount u = self(false);
        return new MyAccount(u.id(), u.displayName(), u.email(), u.providerId() == null,
                u.roles().stream().map(Role::label).sorted().toList(), u.mfaEnabled(), secondFactor.required(u),
                credentials.countUnusedRecoveryCodes(u.id()), u.passwordChangedAt());
    }

    /** Changes the password after checking the current one, and ends every other session. */
    @Transactional
    public void changePassword(String current, String newPassword) {
        UserAccount u = self(true);
        if (current == null || current.isEmpty() || !hasher.matches(current, u.passwordHash())) {
            audit.record("PASSWORD_CHANGE_REFUSED", "UserAccount", u.id().toString(), "Current password wrong");
            throw ValidationFailure.of("current", "Your current password is not right");
        }
        FieldError weak = PasswordPolicy.check("password", newPassword, u.email());
        if (weak == null && hasher.matches(newPassword, u.passwordHash())) {
            weak = new FieldError("password", "Choose a password different from your current one");
        }
        if (weak != null) {
            throw new ValidationFailure(List.of(weak));
        }
        Instant now = clock.instant();
        u.changePasswordHash(hasher.hash(newPassword));
        credentials.usableResetsOf(u.id(), now).forEach(r -> r.cancel(now));
        accounts.endSessionsOf(u.id(), actor.caller().sessionId(), now, "Password changed in another session");
        outbox.queue(mail.passwordChanged(u));
        audit.record("PASSWORD_CHANGED", "UserAccount", u.id().toString(), "Every other session ended");
    }

    /** A new authenticator secret and its QR code; nothing is stored until a code from it is confirmed. */
    public SecondFactor.Enrolment startEnrolment() {
        return secondFactor.newEnrolment(actor.caller().name());
    }

    /** Turns the second factor on once the app shows a right code; returns the recovery codes, shown once. */
    @Transactional
    public List<String> confirmEnrolment(String secret, String code) {
        UserAccount u = self(true);
        if (u.mfaEnabled()) {
            throw ValidationFailure.of("code", "Your account already uses an authenticator app");
        }
        var step = Mfa.matchingStep(secret, code, clock.instant(), null);
        if (step.isEmpty()) {
            audit.record("MFA_ENROLMENT_FAILED", "UserAccount", u.id().toString(), "Wrong code from the app");
            throw ValidationFailure.of("code", "The code is not right. Enter the 6-digit code your app shows now");
        }
        u.enableMfa(secret, step.getAsLong(), clock.instant());
        List<String> codes = secondFactor.issueRecoveryCodes(u.id());
        audit.record("MFA_ENROLLED", "UserAccount", u.id().toString(), "Authenticator app set up");
        return codes;
    }

    /** New recovery codes (the old ones stop working), after a code from the app. */
    @Transactional
    public List<String> newRecoveryCodes(String code) {
        UserAccount u = self(true);
        if (!u.mfaEnabled() || !u.acceptOneTimePassword(code, clock.instant())) {
            throw ValidationFailure.of("regenerateCode", "The code is not right. Enter the 6-digit code your app"
                    + " shows now");
        }
        List<String> codes = secondFactor.issueRecoveryCodes(u.id());
        audit.record("MFA_RECOVERY_CODES_REPLACED", "UserAccount", u.id().toString(), null);
        return codes;
    }

    /** Turns the second factor off, after the password; refused where it is required. */
    @Transactional
    public void disableMfa(String password) {
        UserAccount u = self(true);
        if (secondFactor.required(u)) {
            throw ValidationFailure.of("disablePassword", "Your organisation requires a second factor, so it cannot"
                    + " be turned off");
        }
        if (password == null || !hasher.matches(password, u.passwordHash())) {
            throw ValidationFailure.of("disablePassword", "Your password is not right");
        }
        u.disableMfa();
        credentials.deleteRecoveryCodes(u.id());
        audit.record("MFA_DISABLED", "UserAccount", u.id().toString(), null);
    }

    @Transactional
    public List<SessionRecord> sessions() {
        UserAccount u = self(false);
        Instant now = clock.instant();
        String current = actor.caller().sessionId();
        return accounts.liveSessionsOf(u.id()).stream().filter(s -> s.liveAt(now))
                .map(s -> SessionRecord.of(s, current)).toList();
    }

    /** Ends one of the caller's own sessions; another person's session id is not found (audited). */
    @Transactional
    public void endSession(String sessionId) {
        UserAccount u = self(false);
        UserSession session = sessionId == null ? null : accounts.findSession(sessionId).orElse(null);
        if (session == null || !session.user().id().equals(u.id())) {
            audit.recordSecurityEvent("ACCESS_REFUSED", "UserSession", sessionId, "Not the caller's own session");
            throw new NotFound("session", sessionId);
        }
        session.end(clock.instant(), "Ended by its user");
        audit.record("SESSION_ENDED", "UserAccount", u.id().toString(), "Session " + shortId(sessionId)
                + " from " + session.sourceIp());
    }

    @Transactional
    public int endOtherSessions() {
        UserAccount u = self(false);
        Instant now = clock.instant();
        String current = actor.caller().sessionId();
        int ended = (int) accounts.liveSessionsOf(u.id()).stream().filter(s -> !s.id().equals(current)).count();
        accounts.endSessionsOf(u.id(), current, now, "Ended by its user");
        audit.record("SESSION_ENDED", "UserAccount", u.id().toString(), ended + " other sessions ended");
        return ended;
    }

    private UserAccount self(boolean lock) {
        Caller c = actor.caller();
        if (c.userId() == null) {
            throw new Forbidden("Sign in to manage your account");
        }
        return (lock ? accounts.findForUpdate(c.userId()) : accounts.find(c.userId()))
                .orElseThrow(() -> new Forbidden("Sign in to manage your account"));
    }

    private static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }
}
