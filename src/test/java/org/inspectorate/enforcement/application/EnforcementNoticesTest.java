package org.inspectorate.enforcement.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Set;
import org.inspectorate.enforcement.domain.ActionKind;
import org.inspectorate.enforcement.domain.EnforcementAction;
import org.inspectorate.notice.domain.NoticeClocks;
import org.inspectorate.notice.domain.NoticeKind;
import org.inspectorate.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;

/** Each action serves the right kind of notice, and the notice and the action count the same clocks. */
class EnforcementNoticesTest {

    private static final WorkingDays DAYS = new WorkingDays(Set.of(LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)));

    @Test
    void everyActionServesItsKindOfNotice() {
        assertEquals(NoticeKind.WARNING_NOTICE, EnforcementNotices.firstKind(ActionKind.WARNING_NOTICE));
        assertEquals(NoticeKind.NOTICE_OF_PROPOSAL, EnforcementNotices.firstKind(ActionKind.IMPOSE_CONDITIONS));
        assertEquals(NoticeKind.NOTICE_OF_PROPOSAL, EnforcementNotices.firstKind(ActionKind.CANCEL_REGISTRATION));
        assertEquals(NoticeKind.URGENT_NOTICE, EnforcementNotices.firstKind(ActionKind.URGENT_ACTION));
        assertEquals(NoticeKind.LETTER, EnforcementNotices.firstKind(ActionKind.SPECIAL_MEASURES));
        assertNull(EnforcementNotices.firstKind(ActionKind.PROSECUTION_REFERRAL));
    }

    @Test
    void theNoticeAndTheActionAgreeOnEveryClock() {
        for (LocalDate served = LocalDate.of(2026, 12, 14); served.isBefore(LocalDate.of(2027, 1, 8));
                served = served.plusDays(1)) {
            EnforcementAction wn = new EnforcementAction(1, ActionKind.WARNING_NOTICE, null, served, DAYS);
            assertEquals(NoticeClocks.representationsDue(NoticeKind.WARNING_NOTICE, served, DAYS), wn.representationsDue(),
                    "warning notice served " + served);
            EnforcementAction nop = new EnforcementAction(1, ActionKind.IMPOSE_CONDITIONS, "x", served, DAYS);
            assertEquals(NoticeClocks.representationsDue(NoticeKind.NOTICE_OF_PROPOSAL, served, DAYS),
                    nop.representationsDue(), "proposal served " + served);
            assertEquals(NoticeClocks.appealDue(NoticeKind.NOTICE_OF_DECISION, served, true),
                    org.inspectorate.enforcement.domain.Clocks.appealDue(served), "decision served " + served);
        }
    }
}
