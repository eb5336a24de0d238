package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.domain.UserAccount;
import org.inspectorate.identity.domain.UserSession;
import org.inspectorate.identity.persistence.AccountRepository;
import org.inspectorate.shared.security.Caller;

/** Resolves a session token to its caller on every request, and ends sessions. */
@ApplicationScoped
public class SessionService {

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Optional<Caller> resolve(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String id = SessionTokens.hash(token);
        Optional<UserSession> session = accounts.findSession(id);
        if (session.isEmpty() || !session.get().liveAt(now)) {
            return Optional.empty();
        }
        session.get().touch(now);
        return Optional.of(callerOf(session.get().user(), id));
    }

    @Transactional
    public void signOut(String token, String reason) {
        if (token == null) {
            return;
        }
        accounts.findSession(SessionTokens.hash(token)).ifPresent(s -> {
            if (s.endedAt() == null) {
                s.end(clock.instant(), reason);
                UserAccount u = s.user();
                audit.record(callerOf(u, s.id()), null, "SIGN_OUT", "UserAccount", u.id().toString(), null, null,
                        reason);
            }
        });
    }

    public static Caller callerOf(UserAccount u, String sessionId) {
        return new Caller(u.id(), u.email(), Caller.Kind.valueOf(u.kind().name()), u.providerId(), u.groups(),
                sessionId);
    }
}
