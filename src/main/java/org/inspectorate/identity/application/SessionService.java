package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.domain.AccountChanges;
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

    @Inject
    SessionLookup lookup;

    private final RecentSessions recent = new RecentSessions();

    /** The caller of a live session, or empty; a session used a moment ago is not read again (see RecentSessions). */
    public Optional<Caller> resolve(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String id = SessionTokens.hash(token);
        Optional<Caller> known = recent.find(id, now);
        if (known.isPresent()) {
            return known;
        }
        AccountChanges.Stamp stamp = AccountChanges.stamp(id);
        Optional<SessionLookup.Live> live = lookup.live(id, now);
        if (live.isEmpty()) {
            recent.forget(id);
            return Optional.empty();
        }
        // Remembered only when nothing changed meanwhile (a touch changes the row, so that use is not remembered).
        if (!live.get().touched() && stamp.equals(AccountChanges.stamp(id))) {
            recent.remember(id, live.get().caller(), stamp, now, live.get().until());
        }
        return Optional.of(live.get().caller());
    }

    @Transactional
    public void signOut(String token, String reason) {
        if (token == null) {
            return;
        }
        accounts.findSession(SessionTokens.hash(token)).ifPresent(s -> {
            recent.forget(s.id());
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
