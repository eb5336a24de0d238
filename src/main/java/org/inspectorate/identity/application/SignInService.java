package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.domain.LockoutPolicy;
import org.inspectorate.identity.domain.Mfa;
import org.inspectorate.identity.domain.UserAccount;
import org.inspectorate.identity.domain.UserSession;
import org.inspectorate.identity.persistence.AccountRepository;
import org.inspectorate.shared.domain.TooManyRequests;
import org.inspectorate.shared.security.Caller;

/**
 * Checks a password, then (where the account uses or must use one) a second factor, and opens a session.
 * Every attempt is audited, succeeded or not; wrong passwords and wrong codes both count towards back-off.
 */
@ApplicationScoped
public class SignInService {

    /** How long the second step may follow the password. */
    public static final Duration SECOND_STEP_WINDOW = Duration.ofMinutes(5);

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    SecondFactor secondFactor;

    @Inject
    SignInThrottle throttle;

    /** A session opened after enrolling an authenticator, with the recovery codes to show once. */
    public record Enrolled(SignInResult result, List<String> recoveryCodes) {
    }

    @Transactional
    public SignInResult signIn(String email, String password, String sourceIp, String userAgent) {
        Duration wait = throttle.wait(email, sourceIp);
        if (!wait.isZero()) {
            throttled(sourceIp, "SIGN_IN", wait);
            return SignInResult.throttled(wait);
        }
        Optional<UserAccount> found = checkPassword(email, password, sourceIp, "SIGN_IN");
        if (found.isEmpty()) {
            return SignInResult.refused();
        }
        UserAccount account = found.get();
        if (account.mfaEnabled()) {
            audit.record(who(account), sourceIp, "SIGN_IN_PASSWORD_ACCEPTED", "UserAccount", account.id().toString(),
                    null, null, "Second factor needed");
            return SignInResult.needs(SignInResult.Outcome.CODE_NEEDED, account.id());
        }
        if (secondFactor.required(account)) {
            audit.record(who(account), sourceIp, "SIGN_IN_PASSWORD_ACCEPTED", "UserAccount", account.id().toString(),
                    null, null, "Must set up a second factor first");
            return SignInResult.needs(SignInResult.Outcome.ENROLMENT_NEEDED, account.id());
        }
        return open(account, sourceIp, userAgent, "SIGN_IN", null);
    }

    /** The second step: a one-time password from the app, or a recovery code. */
    @Transactional
    public SignInResult completeWithCode(long userId, String code, String sourceIp, String userAgent) {
        Instant now = clock.instant();
        Optional<UserAccount> found = accounts.findForUpdate(userId).filter(u -> u.active() && u.mfaEnabled());
        if (found.isEmpty()) {
            return SignInResult.refused();
        }
        UserAccount account = found.get();
        Duration wait = throttle.wait(account.email(), sourceIp);
        if (!wait.isZero()) {
            throttled(sourceIp, "SIGN_IN", wait);
            return SignInResult.throttled(wait);
        }
        if (account.signInPausedAt(now)) {
            audit.record(who(account), sourceIp, "SIGN_IN_FAILED", "UserAccount", account.id().toString(), null,
                    null, "Sign-in paused until " + account.lockedUntil() + " after repeated failures");
            return SignInResult.refused();
        }
        if (!secondFactor.accept(account, code, now)) {
            failed(account, now, sourceIp, "SIGN_IN", "Wrong second-factor code");
            throttle.failed(account.email(), sourceIp);
            return SignInResult.refused();
        }
        return open(account, sourceIp, userAgent, "SIGN_IN", "With second factor");
    }

    /** The second step for an account that must use a second factor but has none yet: enrol, then sign in. */
    @Transactional
    public Enrolled completeWithEnrolment(long userId, String secret, String code, String sourceIp,
            String userAgent) {
        Instant now = clock.instant();
        Optional<UserAccount> found = accounts.findForUpdate(userId).filter(u -> u.active() && !u.mfaEnabled());
        if (found.isEmpty()) {
            return new Enrolled(SignInResult.refused(), List.of());
        }
        UserAccount account = found.get();
        var step = Mfa.matchingStep(secret, code, now, null);
        if (step.isEmpty()) {
            failed(account, now, sourceIp, "SIGN_IN", "Wrong code while setting up a second factor");
            throttle.failed(account.email(), sourceIp);
            return new Enrolled(SignInResult.refused(), List.of());
        }
        account.enableMfa(secret, step.getAsLong(), now);
        List<String> codes = secondFactor.issueRecoveryCodes(account.id());
        audit.record(who(account), sourceIp, "MFA_ENROLLED", "UserAccount", account.id().toString(), null, null,
                "Authenticator app set up while signing in");
        return new Enrolled(open(account, sourceIp, userAgent, "SIGN_IN", "With second factor"), codes);
    }

    /**
     * Checks a password without opening a session (API basic authentication). Applies the same back-off
     * and auditing as a sign-in. Accounts with a second factor must use an API key instead.
     */
    @Transactional(dontRollbackOn = TooManyRequests.class)
    public Optional<UserAccount> verify(String email, String password, String sourceIp, String action) {
        Duration wait = throttle.wait(email, sourceIp);
        if (!wait.isZero()) {
            throttled(sourceIp, action, wait);
            throw new TooManyRequests("Too many failed attempts from this address or for this account. Try again"
                    + " later.", wait);
        }
        Optional<UserAccount> found = checkPassword(email, password, sourceIp, action);
        if (found.isPresent() && (found.get().mfaEnabled() || secondFactor.required(found.get()))) {
            audit.record(who(found.get()), sourceIp, action + "_FAILED", "UserAccount", found.get().id().toString(),
                    null, null, "The account uses a second factor: use an API key instead");
            return Optional.empty();
        }
        found.ifPresent(a -> {
            a.recordSignIn(clock.instant());
            audit.record(who(a), sourceIp, action, "UserAccount", a.id().toString(), null, null, null);
        });
        return found;
    }

    private Optional<UserAccount> checkPassword(String email, String password, String sourceIp, String action) {
        Optional<UserAccount> found = checkPasswordOnce(email, password, sourceIp, action);
        if (found.isEmpty()) {
            throttle.failed(email, sourceIp);
        } else {
            throttle.succeeded(email);
        }
        return found;
    }

    private Optional<UserAccount> checkPasswordOnce(String email, String password, String sourceIp, String action) {
        Instant now = clock.instant();
        Optional<UserAccount> found = accounts.findByEmailForUpdate(email);
        if (found.isEmpty()) {
            hasher.checkDecoy(password);
            audit.record(Caller.anonymous(), sourceIp, action + "_FAILED", "UserAccount", null, null, null,
                    "No account for " + abbreviate(email));
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (!account.active()) {
            hasher.checkDecoy(password);
            audit.record(who(account), sourceIp, action + "_FAILED", "UserAccount", account.id().toString(), null,
                    null, "Account is suspended");
            return Optional.empty();
        }
        if (account.signInPausedAt(now)) {
            hasher.checkDecoy(password);
            audit.record(who(account), sourceIp, action + "_FAILED", "UserAccount", account.id().toString(), null,
                    null, "Sign-in paused until " + account.lockedUntil() + " after repeated failures");
            return Optional.empty();
        }
        if (!hasher.matches(password, account.passwordHash())) {
            failed(account, now, sourceIp, action, "Wrong password");
            return Optional.empty();
        }
        return found;
    }

    /** A refusal before any secret was checked: audited with the wait, nothing about the account. */
    private void throttled(String sourceIp, String action, Duration wait) {
        audit.record(Caller.anonymous(), sourceIp, action + "_THROTTLED", "UserAccount", null, null, null,
                "Too many failures from this address or for this email; try again in " + wait.toSeconds() + " s");
    }

    private void failed(UserAccount account, Instant now, String sourceIp, String action, String why) {
        account.recordFailedSignIn(now, LockoutPolicy.DEFAULT);
        audit.record(who(account), sourceIp, action + "_FAILED", "UserAccount", account.id().toString(), null,
                Map.of("failedSignIns", account.failedSignIns()),
                account.lockedUntil() == null ? why : why + "; sign-in paused until " + account.lockedUntil());
        if (account.lockedUntil() != null) {
            audit.record(who(account), sourceIp, "SIGN_IN_PAUSED", "UserAccount", account.id().toString(), null,
                    Map.of("lockedUntil", account.lockedUntil().toString()),
                    "Back-off after " + account.failedSignIns() + " failed attempts");
        }
    }

    private SignInResult open(UserAccount account, String sourceIp, String userAgent, String action, String detail) {
        Instant now = clock.instant();
        account.recordSignIn(now);
        String token = SessionTokens.newToken();
        accounts.add(new UserSession(SessionTokens.hash(token), account, now, sourceIp, userAgent));
        audit.record(who(account), sourceIp, action, "UserAccount", account.id().toString(), null, null, detail);
        return SignInResult.signedIn(token);
    }

    static Caller who(UserAccount account) {
        return new Caller(account.id(), account.email(), Caller.Kind.valueOf(account.kind().name()),
                account.providerId(), account.groups(), null);
    }

    private static String abbreviate(String email) {
        if (email == null) {
            return "(none)";
        }
        String s = email.strip();
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
