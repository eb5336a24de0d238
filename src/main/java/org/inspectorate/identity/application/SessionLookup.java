package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.inspectorate.identity.domain.UserSession;
import org.inspectorate.identity.persistence.AccountRepository;
import org.inspectorate.shared.security.Caller;

/** Reads a session from the database and records that it was used, in one transaction. */
@ApplicationScoped
class SessionLookup {

    @Inject
    AccountRepository accounts;

    @Transactional
    Optional<Live> live(String sessionId, Instant now) {
        Optional<UserSession> session = accounts.findSession(sessionId);
        if (session.isEmpty() || !session.get().liveAt(now)) {
            return Optional.empty();
        }
        boolean touched = session.get().touch(now);
        return Optional.of(new Live(SessionService.callerOf(session.get().user(), sessionId),
                session.get().liveUntil(), touched));
    }

    record Live(Caller caller, Instant until, boolean touched) {
    }
}
