package org.inspectorate.notice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.inspectorate.notice.application.NewNotice;
import org.inspectorate.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;

/** A notice addressed to an applicant who is not yet a provider: the same clocks as a provider's. */
class AddresseeNoticeTest {

    private static final WorkingDays NONE = new WorkingDays(Set.of());
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    private static Notice toApplicant(NoticeKind kind, boolean appealable) {
        return new Notice("NTC-AAAA-CCCC", kind, "REGISTRATION_APPLICATION", "7", null, " Ann Applicant ", null,
                "Title", JUNE_1, appealable, null, NONE, 1L, "Registration officer", NOW);
    }

    private static Notice toProvider(NoticeKind kind, boolean appealable) {
        return new Notice("NTC-AAAA-DDDD", kind, "REGISTRATION_APPLICATION", "7", "1-000000001", null, "Title",
                JUNE_1, appealable, null, NONE, 1L, "Registration officer", NOW);
    }

    @Test
    void aProposalToAnApplicantHasTheProvidersClocks() {
        Notice a = toApplicant(NoticeKind.NOTICE_OF_PROPOSAL, false);
        Notice p = toProvider(NoticeKind.NOTICE_OF_PROPOSAL, false);
        assertNull(a.providerId());
        assertEquals("Ann Applicant", a.addresseeName());
        assertEquals(p.representationsDue(), a.representationsDue());
        assertEquals(LocalDate.of(2026, 6, 29), a.representationsDue());
        assertTrue(a.acceptsRepresentationsOn(LocalDate.of(2026, 6, 29)));
        assertFalse(a.acceptsRepresentationsOn(LocalDate.of(2026, 6, 30)));
    }

    @Test
    void aDecisionToAnApplicantGives28DaysToAppealThenTakesEffect() {
        Notice a = toApplicant(NoticeKind.NOTICE_OF_DECISION, true);
        assertEquals(LocalDate.of(2026, 6, 29), a.appealDue());
        assertEquals(LocalDate.of(2026, 6, 30), a.takesEffectOn());
        a.recordAppeal(LocalDate.of(2026, 6, 10));
        assertNull(a.takesEffectOn(), "no effect while the appeal is pending");
        a.recordAppealOutcome(LocalDate.of(2026, 9, 1), AppealOutcome.DISMISSED, NOW);
        assertEquals(LocalDate.of(2026, 9, 1), a.takesEffectOn());
    }

    @Test
    void onlyItsOwnSubjectsApplicantIsTheAddressee() {
        Notice a = toApplicant(NoticeKind.NOTICE_OF_PROPOSAL, false);
        assertTrue(a.addressedToApplicantOf("REGISTRATION_APPLICATION", "7"));
        assertFalse(a.addressedToApplicantOf("REGISTRATION_APPLICATION", "8"));
        assertFalse(a.addressedToApplicantOf("ENFORCEMENT_ACTION", "7"));
        assertFalse(toProvider(NoticeKind.NOTICE_OF_PROPOSAL, false)
                .addressedToApplicantOf("REGISTRATION_APPLICATION", "7"), "a provider's notice is not the applicant's");
    }

    @Test
    void aNoticeNeedsAProviderOrAnAddresseeAndAnApplicantHasNoLocation() {
        assertThrows(IllegalArgumentException.class, () -> new Notice("NTC-X", NoticeKind.LETTER,
                "REGISTRATION_APPLICATION", "7", null, " ", null, "Title", JUNE_1, false, null, NONE, 1L, "Officer",
                NOW));
        assertThrows(IllegalArgumentException.class, () -> new Notice("NTC-X", NoticeKind.LETTER,
                "REGISTRATION_APPLICATION", "7", null, "Ann", "1-500000001", "Title", JUNE_1, false, null, NONE, 1L,
                "Officer", NOW));
    }

    @Test
    void theFactoryAddressesTheApplicantWithoutAProvider() {
        NewNotice n = NewNotice.toAddressee(NoticeKind.NOTICE_OF_PROPOSAL, "REGISTRATION_APPLICATION", "7", "Ann",
                "Proposal", null, null, false);
        assertTrue(n.toApplicant());
        assertNull(n.providerId());
        assertNull(n.locationId());
        assertEquals("Ann", n.addresseeName());
        assertFalse(NewNotice.of(NoticeKind.LETTER, "REGISTRATION_APPLICATION", "7", "1-000000001", null, "Letter",
                null, null, false).toApplicant());
    }
}
