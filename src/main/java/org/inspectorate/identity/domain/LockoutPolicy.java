package org.inspectorate.identity.domain;

import java.time.Duration;

/**
 * Back-off after failed sign-ins. The first few failures cost nothing; after that each failure pauses
 * sign-in for twice as long as the last, up to a cap, so an attacker can slow an account down but never
 * lock its owner out for good, and a password reset always works.
 */
public record LockoutPolicy(int freeAttempts, Duration firstPause, Duration maxPause) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

    /** How long sign-in pauses after this many consecutive failures (zero for none). */
    public Duration pauseAfter(int consecutiveFailures) {
        if (consecutiveFailures < freeAttempts) {
            return Duration.ZERO;
        }
        int doublings = Math.min(consecutiveFailures - freeAttempts, 30);
        Duration pause = firstPause.multipliedBy(1L << Math.min(doublings, 20));
        return pause.compareTo(maxPause) > 0 ? maxPause : pause;
    }
}
