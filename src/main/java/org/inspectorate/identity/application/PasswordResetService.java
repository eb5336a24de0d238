package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.domain.PasswordPolicy;
import org.inspectorate.identity.domain.PasswordReset;
import org.inspectorate.identity.domain.UserAccount;
import org.inspectorate.identity.persistence.AccountRepository;
import org.inspectorate.identity.persistence.CredentialRepository;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.mail.MailOutbox;
import org.inspectorate.shared.security.Caller;

/**
 * Password reset by email. Asking never says whether an account exists; the link is single use and
 * short-lived; using it sets the password, lifts any sign-in pause and ends every session. The email is
 * queued in the request's transaction and sent after commit, so the request never waits for the mail server.
 */
@ApplicationScoped
public class PasswordResetService {

    public static final String LINK_NOT_USABLE = "This password reset link has expired or has already been used."
            + " Ask for a new one.";

    @Inject
    AccountRepository accounts;

    @Inject
    CredentialRepository credentials;

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

    @Inject
    SignInThrottle throttle;

    @Transactional
    public void request(String email, String sourceIp) {
        if (email == null || email.isBlank()) {
            throw ValidationFailure.of("email", "Enter your email address");
        }
        if (!EmailAddress.looksValid(email)) {
            throw ValidationFailure.of("email", "Enter an email address in the right format, like name@example.com");
        }
        if (!throttle.resetAllowed(email, sourceIp)) {
            audit.record(Caller.anonymous(), sourceIp, "PASSWORD_RESET_THROTTLED", "UserAccount", null, null, null,
                    "Too many reset requests from this address or for this email: no email sent");
            return;
        }
        Instant now = clock.instant();
        Optional<UserAccount> found = accounts.findByEmailForUpdate(email).filter(UserAccount::active);
        if (found.isEmpty()) {
            audit.record(Caller.anonymous(), sourceIp, "PASSWORD_RESET_REQUESTED", "UserAccount", null, null, null,
                    "No active account for " + (email.length() > 100 ? email.substring(0, 100) : email.strip())
                            + ": no email sent");
            return;
        }
        UserAccount user = found.get();
        if (credentials.countResetsSince(user.id(), now.minus(Duration.ofHours(1))) >= PasswordReset.MAX_PER_HOUR) {
            audit.record(SignInService.who(user), sourceIp, "PASSWORD_RESET_REQUESTED", "UserAccount",
                    user.id().toString(), null, null, "Too many requests this hour: no email sent");
            return;
        }
        String token = SessionTokens.newToken();
        PasswordReset reset = new PasswordReset(user.id(), SessionTokens.hash(token), now, sourceIp);
        credentials.add(reset);
        outbox.queue(mail.passwordReset(user, token, reset));
        audit.record(SignInService.who(user), sourceIp, "PASSWORD_RESET_REQUESTED", "UserAccount",
                user.id().toString(), null, null, "Reset link emailed");
    }

    @Transactional
    public boolean linkUsable(String token) {
        return token != null && !token.isBlank() && credentials.resetByTokenHash(SessionTokens.hash(token))
                .filter(r -> r.usableAt(clock.instant())).isPresent();
    }

    /** Sets the new password from a usable link; returns the account's email, for signing straight in. */
    @Transactional
    public String reset(String token, String newPassword, String sourceIp) {
        Instant now = clock.instant();
        PasswordReset reset = token == null ? null : credentials.resetByTokenHashForUpdate(SessionTokens.hash(token))
                .filter(r -> r.usableAt(now)).orElse(null);
        UserAccount user = reset == null ? null : accounts.findForUpdate(reset.userId()).filter(UserAccount::active)
                .orElse(null);
        if (user == null) {
            audit.recordSecurityEvent("PASSWORD_RESET_LINK_REFUSED", "PasswordReset", null,
                    "Unknown, used or expired link, or a suspended account");
            throw ValidationFailure.of("password", LINK_NOT_USABLE);
        }
        FieldError weak = PasswordPolicy.check("password", newPassword, user.email());
        if (weak != null) {
            throw new ValidationFailure(java.util.List.of(weak));
        }
        reset.use(now);
        credentials.usableResetsOf(user.id(), now).forEach(r -> r.cancel(now));
        user.changePasswordHash(hasher.hash(newPassword));
        accounts.endSessionsOf(user.id(), null, now, "Password reset");
        outbox.queue(mail.passwordChanged(user));
        audit.record(SignInService.who(user), sourceIp, "PASSWORD_RESET_USED", "UserAccount", user.id().toString(),
                null, null, "Password set from a reset link; every session ended");
        return user.email();
    }
}
