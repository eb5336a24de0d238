package org.inspectorate.planning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.inspectorate.triage.domain.CurrentRating;
import org.junit.jupiter.api.Test;

class RiskRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final RiskRules rules = new RiskRules(RiskRules.Weights.defaults());

    private static RiskSignals signals(CurrentRating rating, LocalDate ratedOn) {
        return new RiskSignals("1-100000001", LocalDate.of(2015, 1, 1), rating, ratedOn, 0, 0, null, 0, null, null);
    }

    private static List<String> texts(RiskPosition p) {
        return p.reasons().stream().map(RiskReason::text).toList();
    }

    @Test
    void anInadequateRatingScoresAndSetsTheReinspectionDeadline() {
        RiskPosition p = rules.assess(signals(CurrentRating.INADEQUATE, LocalDate.of(2025, 9, 10)), TODAY);
        assertEquals(List.of("Inadequate rating 14 months old",
                "Re-inspection overdue since 11 March 2026 (inadequate rating of 10 September 2025)"), texts(p));
        assertEquals(35 + 15, p.score());
        assertEquals(LocalDate.of(2026, 3, 10), p.reinspectionDue());
        assertTrue(p.reinspectionOverdue(TODAY));
    }

    @Test
    void theReinspectionIsOverdueFromTheDayAfterItsDeadline() {
        RiskPosition onTheDay = rules.assess(signals(CurrentRating.INADEQUATE, LocalDate.of(2026, 5, 23)), TODAY);
        assertEquals(TODAY, onTheDay.reinspectionDue());
        assertFalse(onTheDay.reinspectionOverdue(TODAY));
        assertEquals(35, onTheDay.score(), "not yet overdue on the day itself");
        RiskPosition dayAfter = rules.assess(signals(CurrentRating.INADEQUATE, LocalDate.of(2026, 5, 22)), TODAY);
        assertTrue(dayAfter.reinspectionOverdue(TODAY));
        assertEquals(50, dayAfter.score());
    }

    @Test
    void anAssessmentStartedSinceMeetsTheDeadline() {
        RiskSignals s = new RiskSignals("1-1", LocalDate.of(2015, 1, 1), CurrentRating.INADEQUATE,
                LocalDate.of(2025, 9, 10), 0, 0, null, 0, null, LocalDate.of(2026, 2, 1));
        RiskPosition p = rules.assess(s, TODAY);
        assertNull(p.reinspectionDue());
        assertEquals(35, p.score());
    }

    @Test
    void oldRatingsAreDueAFreshLook() {
        assertEquals(0, rules.assess(signals(CurrentRating.GOOD, TODAY.minusMonths(23)), TODAY).score());
        RiskPosition p = rules.assess(signals(CurrentRating.GOOD, TODAY.minusMonths(30)), TODAY);
        assertEquals(10, p.score());
        assertEquals("Good rating 30 months old, due a fresh look", texts(p).get(0));
        assertEquals(15, rules.assess(signals(CurrentRating.GOOD, TODAY.minusMonths(48)), TODAY).score());
        assertEquals(0, rules.assess(signals(CurrentRating.OUTSTANDING, TODAY.minusMonths(3)), TODAY).score(),
                "never below zero");
    }

    @Test
    void aNewRegistrationNotYetAssessedRanksHigh() {
        RiskSignals s = new RiskSignals("1-1", TODAY.minusMonths(2), null, null, 0, 0, null, 0, null, null);
        RiskPosition p = rules.assess(s, TODAY);
        assertEquals(List.of("Registered 2 months ago, not yet assessed"), texts(p));
        assertEquals(25, p.score());
        RiskSignals old = new RiskSignals("1-1", LocalDate.of(2020, 1, 1), null, null, 0, 0, null, 0, null, null);
        assertEquals("Not rated since registration on 1 January 2020", texts(rules.assess(old, TODAY)).get(0));
    }

    @Test
    void notificationsAndConcernsCountBySeverityAndRecencyWithCaps() {
        RiskSignals s = new RiskSignals("1-1", LocalDate.of(2015, 1, 1), CurrentRating.GOOD, TODAY.minusMonths(6), 7, 3,
                Instant.parse("2026-11-20T09:00:00Z"), 0, null, null);
        RiskPosition p = rules.assess(s, TODAY);
        assertTrue(texts(p).contains("3 notifications or concerns of serious harm or risk in 30 days"), texts(p).toString());
        assertTrue(texts(p).contains("7 notifications or concerns in 90 days, the latest 3 days ago"), texts(p).toString());
        assertEquals(30 + 14, p.score());
        RiskSignals flood = new RiskSignals("1-1", LocalDate.of(2015, 1, 1), CurrentRating.GOOD, TODAY.minusMonths(6),
                500, 40, Instant.parse("2026-11-23T09:00:00Z"), 0, null, null);
        assertEquals(30 + 20, rules.assess(flood, TODAY).score(), "each rule is capped");
    }

    @Test
    void enforcementAndSpecialMeasuresAddUpAndTheScoreStopsAtOneHundred() {
        RiskSignals s = new RiskSignals("1-1", LocalDate.of(2015, 1, 1), CurrentRating.INADEQUATE,
                LocalDate.of(2026, 7, 1), 20, 5, Instant.parse("2026-11-22T09:00:00Z"), 2, LocalDate.of(2026, 6, 1), null);
        RiskPosition p = rules.assess(s, TODAY);
        assertTrue(texts(p).contains("2 open enforcement cases"));
        assertTrue(texts(p).contains("In special measures since 1 June 2026; re-inspection due 1 December 2026"), texts(p).toString());
        assertEquals(LocalDate.of(2026, 12, 1), p.reinspectionDue(), "the earlier of the two deadlines");
        assertEquals("Special measures since 1 June 2026", p.reinspectionReason());
        assertEquals(100, p.score());
    }

    @Test
    void reasonsSurviveStorage() {
        RiskReason r = new RiskReason(-5, "Outstanding rating 3 months old");
        assertEquals(r, RiskReason.decode(r.encode()));
        assertEquals(new RiskReason(35, "Inadequate rating 14 months old"), RiskReason.decode("+35 Inadequate rating 14 months old"));
    }

    @Test
    void aSafeRatingBelowGoodAddsToTheOverallRating() {
        RiskSignals good = new RiskSignals("1-1", LocalDate.of(2015, 1, 1), CurrentRating.GOOD, TODAY.minusMonths(6), 0,
                0, null, 0, null, null, CurrentRating.REQUIRES_IMPROVEMENT);
        RiskPosition p = rules.assess(good, TODAY);
        org.junit.jupiter.api.Assertions.assertTrue(p.reasons().stream().anyMatch(r -> r.text().equals(
                "Safe rated Requires improvement") && r.points() == 10), p.reasons().toString());
        RiskSignals inadequate = new RiskSignals("1-1", LocalDate.of(2015, 1, 1), CurrentRating.REQUIRES_IMPROVEMENT,
                TODAY.minusMonths(6), 0, 0, null, 0, null, null, CurrentRating.INADEQUATE);
        org.junit.jupiter.api.Assertions.assertEquals(40, rules.assess(inadequate, TODAY).score(),
                "20 for the overall rating and 20 for Safe");
    }
}
