package org.inspectorate.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureBudgetTest {

    static final Instant T = Instant.parse("2027-01-04T09:00:00Z");

    @Test
    void aKeyWaitsOnceItsFailuresAreSpentUntilTheWindowEnds() {
        FailureBudget b = new FailureBudget(3, Duration.ofMinutes(10), 100);
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, b.retryAfter("a", T.plusSeconds(i)));
            b.fail("a", T.plusSeconds(i));
        }
        assertEquals(Duration.ofMinutes(10).minusSeconds(60), b.retryAfter("a", T.plusSeconds(60)));
        assertEquals(Duration.ZERO, b.retryAfter("b", T.plusSeconds(60)), "keys are apart");
        assertEquals(Duration.ZERO, b.retryAfter("a", T.plus(Duration.ofMinutes(10))), "a new window");
        b.fail("a", T.plus(Duration.ofMinutes(10)));
        assertEquals(Duration.ZERO, b.retryAfter("a", T.plus(Duration.ofMinutes(10))), "counting again from one");
    }

    @Test
    void forgivingClearsAKeyAndFloodingWithNewKeysSharesOneWindow() {
        FailureBudget b = new FailureBudget(2, Duration.ofMinutes(10), 3);
        b.fail("a", T);
        b.fail("a", T);
        assertTrue(b.retryAfter("a", T).toSeconds() > 0);
        b.forgive("a");
        assertEquals(Duration.ZERO, b.retryAfter("a", T));
        b.fail("k1", T);
        b.fail("k2", T);
        b.fail("k3", T);
        b.fail("fresh-1", T);
        b.fail("fresh-2", T);
        assertTrue(b.retryAfter("fresh-3", T).toSeconds() > 0, "past the key limit new keys share a budget");
        assertEquals(Duration.ZERO, b.retryAfter("fresh-3", T.plus(Duration.ofMinutes(11))));
    }

    @Test
    void aBudgetNeedsRoom() {
        assertThrows(IllegalArgumentException.class, () -> new FailureBudget(0, Duration.ofMinutes(1), 1));
        assertThrows(IllegalArgumentException.class, () -> new FailureBudget(1, Duration.ZERO, 1));
    }
}
