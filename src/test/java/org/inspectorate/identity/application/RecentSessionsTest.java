package org.inspectorate.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.inspectorate.identity.domain.AccountChanges;
import org.inspectorate.identity.domain.AccountChangesProbe;
import org.inspectorate.shared.security.Caller;
import org.junit.jupiter.api.Test;

class RecentSessionsTest {

    private final RecentSessions recent = new RecentSessions();
    private final Instant now = Instant.parse("2026-12-06T10:00:00Z");
    private final Caller caller = new Caller(1L, "a@example.org", Caller.Kind.STAFF, null, Set.of("inspector"), "s1");

    private void remember(String id, Instant liveUntil) {
        recent.remember(id, caller, AccountChanges.stamp(id), now, liveUntil);
    }

    @Test
    void reusesASessionForAMoment() {
        remember("s1", now.plusSeconds(600));
        assertEquals(Optional.of(caller), recent.find("s1", now.plusMillis(1999)));
        assertTrue(recent.find("s1", now.plus(RecentSessions.REUSE)).isEmpty());
    }

    @Test
    void neverBeyondTheSessionsOwnLimit() {
        remember("s2", now.plusSeconds(1));
        assertTrue(recent.find("s2", now.plusMillis(999)).isPresent());
        assertTrue(recent.find("s2", now.plusSeconds(1)).isEmpty());
    }

    @Test
    void aChangeToTheSessionStopsReuseAtOnce() {
        remember("s3", now.plusSeconds(600));
        remember("other", now.plusSeconds(600));
        AccountChangesProbe.sessionChanged("s3");
        assertTrue(recent.find("s3", now).isEmpty());
        assertTrue(recent.find("other", now).isPresent());
    }

    @Test
    void aChangeToAnyAccountStopsEveryReuse() {
        remember("s4", now.plusSeconds(600));
        remember("s5", now.plusSeconds(600));
        AccountChangesProbe.accountChanged();
        assertTrue(recent.find("s4", now).isEmpty());
        assertTrue(recent.find("s5", now).isEmpty());
    }

    @Test
    void forgetsOnRequest() {
        remember("s6", now.plusSeconds(600));
        recent.forget("s6");
        assertTrue(recent.find("s6", now).isEmpty());
    }
}
