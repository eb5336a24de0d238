package org.inspectorate.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    private static final Actor INSPECTOR = new Actor(1L, "Ann Inspector");
    private static final Actor MANAGER = new Actor(2L, "Bob Manager");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static Assessment focused() {
        return new Assessment("1-500000001", "1-100000001", "Rose House", AssessmentKind.FOCUSED, Set.of("S1", "W2"),
                "SAF-2024-12", "Ann", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 2), INSPECTOR, NOW);
    }

    @Test
    void anOpenAssessmentIsSubmittedThenApprovedBySomeoneElse() {
        Assessment a = focused();
        assertEquals(AssessmentState.OPEN, a.state());
        assertTrue(a.reassesses("S1"));
        assertFalse(a.reassesses("S2"));
        a.submit(INSPECTOR, NOW);
        assertEquals(AssessmentState.SUBMITTED, a.state());
        AssessmentConflict own = assertThrows(AssessmentConflict.class, () -> a.approve(INSPECTOR, NOW));
        assertTrue(own.getMessage().contains("someone other than the person who submitted it"));
        a.approve(MANAGER, NOW);
        assertEquals(AssessmentState.APPROVED, a.state());
        assertEquals("Bob Manager", a.approvedByName());
    }

    @Test
    void evidenceAndScoresOnlyWhileOpen() {
        Assessment a = focused();
        a.requireOpen();
        a.submit(INSPECTOR, NOW);
        AssessmentConflict e = assertThrows(AssessmentConflict.class, a::requireOpen);
        assertTrue(e.getMessage().contains("can no longer be changed"), e.getMessage());
        a.returnToTeam();
        a.requireOpen();
    }

    @Test
    void onlyASubmittedAssessmentCanBeApprovedOrReturned() {
        Assessment a = focused();
        assertThrows(AssessmentConflict.class, () -> a.approve(MANAGER, NOW));
        assertThrows(AssessmentConflict.class, a::returnToTeam);
        a.submit(INSPECTOR, NOW);
        a.approve(MANAGER, NOW);
        assertThrows(AssessmentConflict.class, () -> a.submit(INSPECTOR, NOW));
        assertThrows(AssessmentConflict.class, a::returnToTeam);
    }

    @Test
    void anOverrideNeedsASecondPerson() {
        RatingOverride o = new RatingOverride(1L, "CARING", "OUTSTANDING", "Exceptional kindness", INSPECTOR, NOW);
        assertThrows(AssessmentConflict.class, () -> o.decide(true, INSPECTOR, NOW));
        o.decide(true, MANAGER, NOW);
        assertEquals(RatingOverride.State.APPROVED, o.state());
        assertThrows(AssessmentConflict.class, () -> o.decide(false, MANAGER, NOW), "decided once");
    }

    @Test
    void aCarriedForwardScoreKeepsItsEvidenceDateUntilRescored() {
        StatementScore earlier = new StatementScore(7L, "S1", null, 3, " Good ", INSPECTOR, NOW);
        earlier.dateEvidence(LocalDate.of(2024, 5, 1));
        StatementScore carried = StatementScore.carriedForward(9L, earlier);
        assertTrue(carried.carriedForward());
        assertEquals(7L, carried.sourceAssessmentId());
        assertEquals(LocalDate.of(2024, 5, 1), carried.evidenceDate());
        carried.dateEvidence(LocalDate.of(2026, 1, 1));
        assertEquals(LocalDate.of(2024, 5, 1), carried.evidenceDate(), "a carried score keeps its date");
        carried.rescore(2, "Worse now", MANAGER, NOW);
        assertFalse(carried.carriedForward());
        assertEquals(9L, carried.sourceAssessmentId());
        assertEquals("Good", earlier.rationale());
        assertThrows(IllegalArgumentException.class, () -> carried.rescore(5, "x", MANAGER, NOW));
    }
}
