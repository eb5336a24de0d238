package org.inspectorate.identity.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.inspectorate.identity.domain.AccountChanges;
import org.inspectorate.shared.security.Caller;

/**
 * Sessions resolved in the last moment, so that a burst of requests from one browser or API user does not look up
 * and lock the same session row every time. An entry is used for at most {@link #REUSE} and only while neither the
 * session nor any account has changed in this server and the session is still within its limits; with several
 * servers, a session ended on another one is honoured here within {@link #REUSE}.
 */
final class RecentSessions {

    static final Duration REUSE = Duration.ofSeconds(2);
    private static final int MAX_ENTRIES = 50_000;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    Optional<Caller> find(String sessionId, Instant now) {
        Entry e = entries.get(sessionId);
        if (e == null) {
            return Optional.empty();
        }
        if (!now.isBefore(e.reuseUntil) || !now.isBefore(e.liveUntil)
                || !e.stamp.equals(AccountChanges.stamp(sessionId))) {
            entries.remove(sessionId, e);
            return Optional.empty();
        }
        return Optional.of(e.caller);
    }

    /** Remembers a session resolved at {@code now}; {@code stamp} must be taken before it was read. */
    void remember(String sessionId, Caller caller, AccountChanges.Stamp stamp, Instant now, Instant liveUntil) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.entrySet().removeIf(x -> !now.isBefore(x.getValue().reuseUntil));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(sessionId, new Entry(caller, stamp, now.plus(REUSE), liveUntil));
    }

    void forget(String sessionId) {
        entries.remove(sessionId);
    }

    private record Entry(Caller caller, AccountChanges.Stamp stamp, Instant reuseUntil, Instant liveUntil) {
    }
}
