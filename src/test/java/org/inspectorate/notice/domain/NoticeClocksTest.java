package org.inspectorate.notice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;

class NoticeClocksTest {

    private static final WorkingDays CHRISTMAS = new WorkingDays(Set.of(LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)));
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    private static Notice notice(NoticeKind kind, LocalDate served, boolean appealable) {
        return new Notice("NTC-AAAA-BBBB", kind, "REGISTRATION_APPLICATION", "1", "1-000000001", null, "Title",
                served, appealable, null, CHRISTMAS, 1L, "Registration officer", NOW);
    }

    @Test
    void proposalRepresentationsAreDueOnDay28AndRefusedOnDay29() {
        Notice n = notice(NoticeKind.NOTICE_OF_PROPOSAL, JUNE_1, false);
        assertEquals(LocalDate.of(2026, 6, 29), n.representationsDue());
        assertTrue(n.acceptsRepresentationsOn(LocalDate.of(2026, 6, 29)));
        assertFalse(n.acceptsRepresentationsOn(LocalDate.of(2026, 6, 30)));
        n.checkRepresentationsAllowed(LocalDate.of(2026, 6, 29));
        ValidationFailure f = assertThrows(ValidationFailure.class,
                () -> n.checkRepresentationsAllowed(LocalDate.of(2026, 6, 30)));
        assertEquals("text", f.errors().get(0).field());
        assertNull(n.appealDue());
        assertNull(n.takesEffectOn());
        assertEquals(NoticeStatus.OPEN, n.status());
    }

    @Test
    void proposalRaisesAnAlertOnlyOnceItsWindowHasClosed() {
        Notice n = notice(NoticeKind.NOTICE_OF_PROPOSAL, JUNE_1, false);
        assertEquals(List.of(), n.alerts(LocalDate.of(2026, 6, 29)));
        assertEquals(List.of(NoticeAlert.REPRESENTATIONS_CLOSED), n.alerts(LocalDate.of(2026, 6, 30)));
        n.withdraw("Representations accepted", NOW);
        assertEquals(NoticeStatus.WITHDRAWN, n.status());
        assertEquals(List.of(), n.alerts(LocalDate.of(2026, 7, 30)));
        assertFalse(n.acceptsRepresentationsOn(LocalDate.of(2026, 6, 2)));
    }

    @Test
    void warningNoticeCountsTenWorkingDaysOverChristmasBankHolidays() {
        // Served Friday 18 December 2026: 21-24 Dec (4), 25 and 28 Dec are bank holidays, 29-31 Dec (7),
        // 1 Jan is a bank holiday, 4-6 Jan (10).
        Notice n = notice(NoticeKind.WARNING_NOTICE, LocalDate.of(2026, 12, 18), false);
        assertEquals(LocalDate.of(2027, 1, 6), n.representationsDue());
        assertTrue(n.acceptsRepresentationsOn(LocalDate.of(2027, 1, 6)));
        assertFalse(n.acceptsRepresentationsOn(LocalDate.of(2027, 1, 7)));
    }

    @Test
    void warningNoticeWithoutHolidaysSkipsOnlyWeekends() {
        LocalDate due = NoticeClocks.representationsDue(NoticeKind.WARNING_NOTICE, LocalDate.of(2026, 6, 5),
                new WorkingDays(Set.of()));
        assertEquals(LocalDate.of(2026, 6, 19), due);
    }

    @Test
    void adverseDecisionTakesEffectTheDayAfterItsAppealWindow() {
        Notice n = notice(NoticeKind.NOTICE_OF_DECISION, JUNE_1, true);
        assertEquals(LocalDate.of(2026, 6, 29), n.appealDue());
        assertEquals(LocalDate.of(2026, 6, 30), n.takesEffectOn());
        assertFalse(n.inEffectOn(LocalDate.of(2026, 6, 29)));
        assertTrue(n.inEffectOn(LocalDate.of(2026, 6, 30)));
        assertEquals(List.of(), n.alerts(LocalDate.of(2026, 6, 29)));
        assertEquals(List.of(NoticeAlert.TAKES_EFFECT), n.alerts(LocalDate.of(2026, 6, 30)));
        assertNull(n.representationsDue());
    }

    @Test
    void appealOnDay28IsRecordedAndOnDay29Refused() {
        Notice late = notice(NoticeKind.NOTICE_OF_DECISION, JUNE_1, true);
        assertThrows(ValidationFailure.class, () -> late.recordAppeal(LocalDate.of(2026, 6, 30)));
        Notice n = notice(NoticeKind.NOTICE_OF_DECISION, JUNE_1, true);
        n.recordAppeal(LocalDate.of(2026, 6, 29));
        assertNull(n.takesEffectOn(), "an appeal pending suspends the decision");
        assertEquals(List.of(), n.alerts(LocalDate.of(2026, 8, 1)));
        n.recordAppealOutcome(LocalDate.of(2026, 9, 10), AppealOutcome.DISMISSED, NOW);
        assertEquals(LocalDate.of(2026, 9, 10), n.takesEffectOn());
        assertEquals(NoticeStatus.OPEN, n.status());
    }

    @Test
    void anAllowedAppealMeansTheDecisionNeverTakesEffect() {
        Notice n = notice(NoticeKind.NOTICE_OF_DECISION, JUNE_1, true);
        n.recordAppeal(LocalDate.of(2026, 6, 10));
        n.recordAppealOutcome(LocalDate.of(2026, 9, 10), AppealOutcome.ALLOWED, NOW);
        assertNull(n.takesEffectOn());
        assertEquals(NoticeStatus.CONCLUDED, n.status());
    }

    @Test
    void grantWithoutAppealRightTakesEffectOnServiceAndIsClosed() {
        Notice n = notice(NoticeKind.NOTICE_OF_DECISION, JUNE_1, false);
        assertNull(n.appealDue());
        assertEquals(JUNE_1, n.takesEffectOn());
        assertEquals(NoticeStatus.CONCLUDED, n.status());
        Notice cert = notice(NoticeKind.REGISTRATION_CERTIFICATE, JUNE_1, true);
        assertNull(cert.appealDue());
        assertEquals(NoticeStatus.CONCLUDED, cert.status());
    }

    @Test
    void decisionsCannotBeWithdrawnAndClosedNoticesDoNotMove() {
        Notice n = notice(NoticeKind.NOTICE_OF_DECISION, JUNE_1, true);
        assertThrows(IllegalStateException.class, () -> n.withdraw("no", NOW));
        n.conclude("Took effect", NOW);
        assertThrows(IllegalStateException.class, () -> n.recordAppeal(JUNE_1));
    }

    @Test
    void daysLeftIsZeroOnTheDueDayAndNegativeAfter() {
        assertEquals(0, NoticeClocks.daysLeft(LocalDate.of(2026, 6, 29), LocalDate.of(2026, 6, 29)));
        assertEquals(-1, NoticeClocks.daysLeft(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 29)));
        assertEquals(28, NoticeClocks.daysLeft(JUNE_1, LocalDate.of(2026, 6, 29)));
    }

    @Test
    void representationTextIsCheckedBeforeTheWindow() {
        Notice n = notice(NoticeKind.NOTICE_OF_PROPOSAL, JUNE_1, false);
        assertThrows(ValidationFailure.class, () -> Representation.make(n, "  ", 1L, "A", NOW, JUNE_1));
        assertThrows(ValidationFailure.class, () -> Representation.make(n, "x".repeat(20_001), 1L, "A", NOW, JUNE_1));
        assertEquals("We disagree", Representation.make(n, " We disagree ", 1L, "A", NOW, JUNE_1).text());
        Notice letter = notice(NoticeKind.LETTER, JUNE_1, false);
        assertThrows(ValidationFailure.class, () -> Representation.make(letter, "text", 1L, "A", NOW, JUNE_1));
    }
}
