package org.inspectorate.identity.domain;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts changes to accounts and sessions in this server, so that whatever remembers a resolved session for a
 * moment can tell that it may be stale: a session ended or an account changed (roles, deactivation, password)
 * stops any remembered sign-in at once. Entities report their own updates from their JPA callbacks.
 */
public final class AccountChanges {

    private static final AtomicLong ACCOUNTS = new AtomicLong();
    private static final ConcurrentHashMap<String, Long> SESSIONS = new ConcurrentHashMap<>();
    private static final AtomicLong SESSION_CHANGES = new AtomicLong();

    private AccountChanges() {
    }

    /** A stamp of the state a session was resolved in; any change to any account or to this session alters it. */
    public static Stamp stamp(String sessionId) {
        return new Stamp(ACCOUNTS.get(), SESSIONS.getOrDefault(sessionId, 0L));
    }

    static void sessionChanged(String sessionId) {
        SESSIONS.put(sessionId, SESSION_CHANGES.incrementAndGet());
        if (SESSIONS.size() > 100_000) {
            // Ended sessions are never resolved again; a change to any account invalidates every stamp instead.
            SESSIONS.clear();
            ACCOUNTS.incrementAndGet();
        }
    }

    static void accountChanged() {
        ACCOUNTS.incrementAndGet();
    }

    public record Stamp(long accounts, long session) {
    }
}
