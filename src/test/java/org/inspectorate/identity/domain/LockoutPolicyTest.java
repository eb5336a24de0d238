package org.inspectorate.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final LockoutPolicy policy = LockoutPolicy.DEFAULT;

    @Test
    void theFirstFewFailuresCostNothing() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Duration.ZERO, policy.pauseAfter(i));
        }
    }

    @Test
    void pausesDoubleThenStopAtTheCap() {
        assertEquals(Duration.ofSeconds(30), policy.pauseAfter(5));
        assertEquals(Duration.ofSeconds(60), policy.pauseAfter(6));
        assertEquals(Duration.ofSeconds(120), policy.pauseAfter(7));
        assertEquals(Duration.ofMinutes(15), policy.pauseAfter(10));
        assertEquals(Duration.ofMinutes(15), policy.pauseAfter(1_000_000));
    }

    @Test
    void anAccountIsNeverLockedForGood() {
        UserAccount account = UserAccount.staff("a@b.example", "A", "hash", Set.of(Role.INSPECTOR));
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        for (int i = 0; i < 500; i++) {
            account.recordFailedSignIn(now, policy);
        }
        assertTrue(account.signInPausedAt(now.plus(Duration.ofMinutes(14))));
        assertFalse(account.signInPausedAt(now.plus(Duration.ofMinutes(15)).plusSeconds(1)));
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        UserAccount account = UserAccount.staff("a@b.example", "A", "hash", Set.of(Role.INSPECTOR));
        Instant now = Instant.now();
        for (int i = 0; i < 6; i++) {
            account.recordFailedSignIn(now, policy);
        }
        account.recordSignIn(now);
        assertEquals(0, account.failedSignIns());
        assertFalse(account.signInPausedAt(now));
    }
}
