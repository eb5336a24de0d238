package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.domain.LockoutPolicy;
import org.inspectorate.identity.domain.UserAccount;
import org.inspectorate.identity.domain.UserSession;
import org.inspectorate.identity.persistence.AccountRepository;
import org.inspectorate.shared.security.Caller;

/** Checks a password and opens a session; every attempt is audited, succeeded or not. */
@ApplicationScoped
public class SignInService {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public SignInResult signIn(String email, String password, String sourceIp, String userAgent) {
        Optional<UserAccount> found = verify(email, password, sourceIp, "SIGN_IN");
        if (found.isEmpty()) {
            return SignInResult.refused();
        }
        UserAccount account = found.get();
        String token = SessionTokens.newToken();
        accounts.add(new UserSession(SessionTokens.hash(token), account, clock.instant(), sourceIp, userAgent));
        return SignInResult.signedIn(token);
    }

    /**
     * Checks a password without opening a session (API basic authentication). Applies the same back-off
     * and auditing as a sign-in.
     */
    @Transactional
    public Optional<UserAccount> verify(String email, String password, String sourceIp, String action) {
        Instant now = clock.instant();
        Optional<UserAccount> found = accounts.findByEmailForUpdate(email);
        if (found.isEmpty()) {
            hasher.checkDecoy(password);
            audit.record(Caller.anonymous(), sourceIp, action + "_FAILED", "UserAccount", null, null, null,
                    "No account for " + abbreviate(email));
            return Optional.empty();
        }
        UserAccount account = found.get();
        Caller who = new Caller(account.id(), account.email(), Caller.Kind.valueOf(account.kind().name()),
                account.providerId(), account.groups(), null);
        if (!account.active()) {
            hasher.checkDecoy(password);
            audit.record(who, sourceIp, action + "_FAILED", "UserAccount", account.id().toString(), null, null,
                    "Account is suspended");
            return Optional.empty();
        }
        if (account.signInPausedAt(now)) {
            hasher.checkDecoy(password);
            audit.record(who, sourceIp, action + "_FAILED", "UserAccount", account.id().toString(), null, null,
                    "Sign-in paused until " + account.lockedUntil() + " after repeated failures");
            return Optional.empty();
        }
        if (!hasher.matches(password, account.passwordHash())) {
            account.recordFailedSignIn(now, LockoutPolicy.DEFAULT);
            audit.record(who, sourceIp, action + "_FAILED", "UserAccount", account.id().toString(), null,
                    Map.of("failedSignIns", account.failedSignIns()),
                    account.lockedUntil() == null ? "Wrong password"
                            : "Wrong password; sign-in paused until " + account.lockedUntil());
            return Optional.empty();
        }
        account.recordSignIn(now);
        audit.record(who, sourceIp, action, "UserAccount", account.id().toString(), null, null, null);
        return Optional.of(account);
    }

    private static String abbreviate(String email) {
        if (email == null) {
            return "(none)";
        }
        String s = email.strip();
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
