package org.inspectorate.enforcement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.inspectorate.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;

/** The legal clocks at their edges: the last day in time, the first day late, weekends and bank holidays. */
class EnforcementActionTest {

    /** Christmas 2026: Friday 25th, Boxing Day substitute Monday 28th; New Year's Day Friday 1 January 2027. */
    private static final WorkingDays DAYS = new WorkingDays(Set.of(LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)));

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void warningNoticeRepresentationsAreDueTenWorkingDaysAfterServiceSkippingBankHolidays() {
        EnforcementAction wn = new EnforcementAction(1, ActionKind.WARNING_NOTICE, null, d(2026, 12, 18), DAYS);
        // Fri 18 Dec: 21, 22, 23, 24, 29, 30, 31 Dec, 4, 5, 6 Jan (25, 28 Dec and 1 Jan are holidays)
        assertEquals(d(2027, 1, 6), wn.representationsDue());
        assertEquals(ActionState.SERVED, wn.state());
        EnforcementAction plain = new EnforcementAction(1, ActionKind.WARNING_NOTICE, null, d(2026, 11, 6), DAYS);
        assertEquals(d(2026, 11, 20), plain.representationsDue(), "a Friday service: two full weeks");
    }

    @Test
    void representationsOnTheLastDayAreInTimeAndTheDayAfterAreLate() {
        EnforcementAction late = new EnforcementAction(1, ActionKind.WARNING_NOTICE, null, d(2026, 12, 18), DAYS);
        EnforcementConflict e = assertThrows(EnforcementConflict.class,
                () -> late.recordRepresentations(d(2027, 1, 7), "Too late"));
        assertTrue(e.getMessage().contains("due by 6 January 2027"), e.getMessage());
        assertThrows(EnforcementConflict.class, () -> late.recordRepresentations(d(2026, 12, 17), "Before service"));
        late.recordRepresentations(d(2027, 1, 6), "On the last day");
        assertEquals(ActionState.REPRESENTATIONS_RECEIVED, late.state());
    }

    @Test
    void noticeOfProposalGivesTwentyEightCalendarDaysForRepresentations() {
        EnforcementAction nop = new EnforcementAction(1, ActionKind.IMPOSE_CONDITIONS, "No admissions", d(2026, 1, 5), DAYS);
        assertEquals(d(2026, 2, 2), nop.representationsDue());
        assertThrows(EnforcementConflict.class, () -> nop.serveDecision(d(2026, 2, 2)),
                "no decision while the window is open and nothing has arrived");
        nop.serveDecision(d(2026, 2, 3));
        assertEquals(ActionState.DECIDED, nop.state());
        assertEquals(d(2026, 3, 3), nop.appealDue(), "28 days from service of the Notice of Decision");
        assertEquals(d(2026, 3, 4), nop.takesEffectOn());
    }

    @Test
    void aDecisionCanFollowRepresentationsBeforeTheWindowCloses() {
        EnforcementAction nop = new EnforcementAction(1, ActionKind.IMPOSE_CONDITIONS, "x", d(2026, 12, 1), DAYS);
        nop.recordRepresentations(d(2026, 12, 10), "We disagree");
        nop.serveDecision(d(2026, 12, 14));
        assertEquals(d(2027, 1, 11), nop.appealDue());
    }

    @Test
    void theDecisionTakesEffectOnlyAfterTheAppealWindow() {
        EnforcementAction nop = new EnforcementAction(1, ActionKind.IMPOSE_CONDITIONS, "x", d(2026, 1, 5), DAYS);
        nop.serveDecision(d(2026, 2, 3));
        assertThrows(EnforcementConflict.class, () -> nop.takeEffect(d(2026, 3, 3)), "last day of the appeal window");
        assertTrue(nop.overdue(d(2026, 3, 5)));
        assertFalse(nop.overdue(d(2026, 3, 4)));
        nop.takeEffect(d(2026, 3, 4));
        assertEquals(ActionState.IN_FORCE, nop.state());
        assertEquals(d(2026, 3, 4), nop.inForceOn());
        assertNull(nop.nextDue());
    }

    @Test
    void anAppealInTimeStopsTheDecisionUntilTheTribunalDecides() {
        EnforcementAction nop = new EnforcementAction(1, ActionKind.CANCEL_REGISTRATION, null, d(2026, 1, 5), DAYS);
        nop.serveDecision(d(2026, 2, 3));
        assertThrows(EnforcementConflict.class, () -> nop.recordAppeal(d(2026, 3, 4)), "one day late");
        nop.recordAppeal(d(2026, 3, 3));
        assertEquals(ActionState.APPEALED, nop.state());
        assertThrows(EnforcementConflict.class, () -> nop.takeEffect(d(2026, 6, 1)));
        nop.appealDetermined(true, d(2026, 6, 1));
        assertEquals(ActionState.IN_FORCE, nop.state());
    }

    @Test
    void urgentActionIsInForceAtOnceWithOnlyAnAppeal() {
        EnforcementAction s31 = new EnforcementAction(1, ActionKind.URGENT_ACTION, "Stop admissions", d(2026, 11, 23), DAYS);
        assertEquals(ActionState.IN_FORCE, s31.state());
        assertEquals(d(2026, 11, 23), s31.inForceOn());
        assertEquals(d(2026, 12, 21), s31.appealDue());
        assertNull(s31.representationsDue());
        assertThrows(EnforcementConflict.class, () -> s31.recordRepresentations(d(2026, 11, 24), "x"));
        assertThrows(EnforcementConflict.class, () -> s31.serveDecision(d(2026, 11, 24)));
    }

    @Test
    void specialMeasuresSetTheReinspectionDueInSixMonths() {
        EnforcementAction sm = new EnforcementAction(1, ActionKind.SPECIAL_MEASURES, null, d(2026, 8, 31), DAYS);
        assertEquals(d(2027, 2, 28), sm.nextDue(), "end of month clamps to the last day of February");
        assertTrue(sm.activeBreach());
        sm.complete();
        assertFalse(sm.activeBreach());
    }

    @Test
    void warningNoticeResponseIsDueTwentyWorkingDaysAfterRepresentations() {
        EnforcementAction wn = new EnforcementAction(1, ActionKind.WARNING_NOTICE, null, d(2026, 11, 6), DAYS);
        assertEquals(d(2026, 12, 18), wn.nextDue());
        assertFalse(wn.overdue(d(2026, 12, 18)));
        assertTrue(wn.overdue(d(2026, 12, 19)));
        wn.complete();
        assertFalse(wn.overdue(d(2027, 1, 1)));
    }

    @Test
    void criminalRecordsHaveNoClock() {
        EnforcementAction caution = new EnforcementAction(1, ActionKind.SIMPLE_CAUTION, null, d(2026, 11, 23), DAYS);
        assertEquals(ActionState.COMPLETED, caution.state());
        assertNull(caution.nextDue());
        EnforcementAction fpn = new EnforcementAction(1, ActionKind.FIXED_PENALTY_NOTICE, "£4,000", d(2026, 11, 23), DAYS);
        assertEquals(d(2026, 12, 21), fpn.nextDue());
    }
}
