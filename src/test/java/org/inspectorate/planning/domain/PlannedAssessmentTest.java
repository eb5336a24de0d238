package org.inspectorate.planning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.inspectorate.shared.domain.ValidationFailure;
import org.junit.jupiter.api.Test;

class PlannedAssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static PlannedAssessment plan(LocalDate on, LocalDate due) {
        return new PlannedAssessment(new NewPlan("1-1", "Home", "ADULT_SOCIAL_CARE", "LONDON", 7L, "Ivy", on,
                AssessmentKind.REINSPECTION, "+35 Inadequate rating", due), "Maya", Instant.now(), TODAY);
    }

    @Test
    void aPlanIsStartedOnceAndKeepsTheAssessmentItBecame() {
        PlannedAssessment p = plan(TODAY.plusDays(10), null);
        p.start("ASM-42", TODAY.plusDays(10));
        assertEquals(PlanState.STARTED, p.state());
        assertEquals("ASM-42", p.assessmentId());
        assertThrows(PlanningConflict.class, () -> p.start(null, TODAY));
        assertThrows(PlanningConflict.class, () -> p.cancel("x"));
    }

    @Test
    void plansAreForTodayOrLaterAndCancellingNeedsReasons() {
        assertEquals("plannedOn", assertThrows(ValidationFailure.class, () -> plan(TODAY.minusDays(1), null))
                .errors().get(0).field());
        PlannedAssessment p = plan(TODAY, null);
        assertThrows(ValidationFailure.class, () -> p.cancel(" "));
        p.cancel("Provider closed the service");
        assertEquals(PlanState.CANCELLED, p.state());
    }

    @Test
    void aPlanIsLateWhenItFallsAfterItsReinspectionDeadline() {
        LocalDate due = TODAY.plusDays(30);
        assertFalse(plan(due, due).late(TODAY), "planned on the last day is in time");
        assertTrue(plan(due.plusDays(1), due).late(TODAY));
        assertTrue(plan(TODAY.plusDays(5), TODAY.minusDays(1)).late(TODAY), "deadline already passed");
    }

    @Test
    void capacityRefusesTheOneTooMany() {
        new Capacity("Ivy", YearMonth.of(2026, 12), 8, 7).requireRoom();
        PlanningConflict e = assertThrows(PlanningConflict.class,
                () -> new Capacity("Ivy", YearMonth.of(2026, 12), 8, 8).requireRoom());
        assertEquals("Ivy already has 8 of 8 assessments planned in December 2026", e.getMessage());
    }
}
