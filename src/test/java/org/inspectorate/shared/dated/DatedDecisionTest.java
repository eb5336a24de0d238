package org.inspectorate.shared.dated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatedDecisionTest {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 31);
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static DatedDecision decision() {
        return new DatedDecision(new DatedDecisions.Spec("REGISTRATION_APPLICATION", "42", "APPLY_GRANT", DAY,
                "1-101", "1-201", "Remove a regulated activity (application REG-1)"), NOW);
    }

    @Test
    void dueOnItsDayAndAfterNotBefore() {
        DatedDecision d = decision();
        assertFalse(d.dueOn(DAY.minusDays(1)));
        assertTrue(d.dueOn(DAY));
        assertTrue(d.dueOn(DAY.plusDays(3)));
    }

    @Test
    void settledOnceOnly() {
        DatedDecision d = decision();
        d.applied("Removed on 31 January 2027", NOW);
        assertEquals(DatedDecision.Status.APPLIED, d.status());
        assertFalse(d.dueOn(DAY), "an applied decision is never due again");
        assertThrows(IllegalStateException.class, () -> d.applied("again", NOW));
        assertThrows(IllegalStateException.class, () -> d.cancelled("late", NOW));
    }

    @Test
    void leftForAPersonAfterRepeatedFailures() {
        DatedDecision d = decision();
        for (int i = 1; i < DatedDecision.MAX_ATTEMPTS; i++) {
            d.failed("Personal care is not registered at Oak House", NOW);
            assertEquals(DatedDecision.Status.PENDING, d.status(), "tried again after " + i);
        }
        d.failed("x".repeat(2000), NOW);
        assertEquals(DatedDecision.Status.FAILED, d.status());
        assertEquals(500, d.lastError().length(), "errors are stored bounded");
        assertFalse(d.dueOn(DAY));
    }
}
