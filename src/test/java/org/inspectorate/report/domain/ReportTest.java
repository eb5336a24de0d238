package org.inspectorate.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.inspectorate.shared.domain.ValidationFailure;
import org.junit.jupiter.api.Test;

class ReportTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Actor AUTHOR = new Actor(1, "Ann Author", false);
    static final Actor REVIEWER = new Actor(2, "Rob Reviewer", false);
    static final Actor MANAGER = new Actor(3, "Meg Manager", true);
    static final Report.MoveFacts FACTS = new Report.MoveFacts(TODAY, 0, TODAY.plusDays(14));

    static Report report() {
        return new Report("1-000000001", "Oak House", "1-000000002", "ADULT_SOCIAL_CARE", "LONDON", null,
                TODAY.minusDays(10), AUTHOR, NOW);
    }

    @Test
    void everyStateHasAWayOut() {
        for (ReportState s : ReportState.values()) {
            assertTrue(!Transition.from(s).isEmpty(), s + " has no way out");
        }
    }

    @Test
    void theHappyPathReachesPublication() {
        Report r = report();
        assertEquals(ReportState.IN_REVIEW, r.apply(Transition.SUBMIT_FOR_REVIEW, AUTHOR, null, NOW, FACTS).toState());
        r.apply(Transition.RETURN_TO_AUTHOR, REVIEWER, "Add evidence to Safe", NOW, FACTS);
        assertEquals(ReportState.RETURNED, r.state());
        r.apply(Transition.SUBMIT_FOR_REVIEW, AUTHOR, null, NOW, FACTS);
        r.apply(Transition.PASS_REVIEW, REVIEWER, null, NOW, FACTS);
        assertEquals(ReportState.FACTUAL_ACCURACY, r.state());
        assertEquals(TODAY.plusDays(14), r.facDeadline());
        assertThrows(ReportConflict.class, () -> r.apply(Transition.FINALISE, REVIEWER, null, NOW, FACTS),
                "not before the provider responds or the deadline passes");
        r.providerResponded(false, TODAY, NOW);
        assertThrows(ReportConflict.class, () -> r.apply(Transition.FINALISE, REVIEWER, null, NOW,
                new Report.MoveFacts(TODAY, 2, null)), "not with unanswered comments");
        r.apply(Transition.FINALISE, REVIEWER, null, NOW, FACTS);
        r.apply(Transition.PUBLISH, REVIEWER, null, NOW, FACTS);
        assertEquals(ReportState.PUBLISHED, r.state());
        assertEquals(NOW, r.publishedAt());
    }

    /**
     * The rule the screens use to show a move's button is the rule the report applies: over random histories of
     * moves by the author, a second person and a manager, a move goes through exactly when it was offered.
     */
    @Test
    void aMoveIsOfferedExactlyWhenTheReportWouldMakeIt() {
        java.util.Random random = new java.util.Random(20261208);
        Actor[] actors = {AUTHOR, REVIEWER, MANAGER};
        Transition[] moves = Transition.values();
        Report.MoveFacts afterTheDeadline = new Report.MoveFacts(TODAY.plusDays(30), 0, TODAY.plusDays(14));
        int offered = 0;
        for (int history = 0; history < 200; history++) {
            Report r = report();
            for (int step = 0; step < 12; step++) {
                Transition t = moves[random.nextInt(moves.length)];
                Actor a = actors[random.nextInt(actors.length)];
                boolean shown = t.refusedFor(r.state(), AUTHOR.id(), a).isEmpty();
                ReportState before = r.state();
                boolean made;
                try {
                    r.apply(t, a, "Because", NOW, afterTheDeadline);
                    made = true;
                } catch (ReportConflict e) {
                    made = false;
                }
                assertEquals(shown, made, t + " by " + a.name() + " from " + before);
                offered += shown ? 1 : 0;
            }
        }
        assertTrue(offered > 200, "the histories went somewhere: " + offered + " moves made");
    }

    @Test
    void theAuthorCannotReviewTheirOwnReport() {
        Report r = report();
        r.apply(Transition.SUBMIT_FOR_REVIEW, AUTHOR, null, NOW, FACTS);
        ReportConflict e = assertThrows(ReportConflict.class,
                () -> r.apply(Transition.PASS_REVIEW, AUTHOR, null, NOW, FACTS));
        assertTrue(e.getMessage().contains("second person"));
        assertEquals(ReportState.IN_REVIEW, r.state());
    }

    @Test
    void returningNeedsAReasonAndWithdrawingNeedsAManager() {
        Report r = report();
        r.apply(Transition.SUBMIT_FOR_REVIEW, AUTHOR, null, NOW, FACTS);
        ValidationFailure v = assertThrows(ValidationFailure.class,
                () -> r.apply(Transition.RETURN_TO_AUTHOR, REVIEWER, " ", NOW, FACTS));
        assertEquals("reason", v.errors().get(0).field());
        assertThrows(ReportConflict.class, () -> r.apply(Transition.WITHDRAW, REVIEWER, "Duplicate", NOW, FACTS));
        r.apply(Transition.WITHDRAW, MANAGER, "Duplicate", NOW, FACTS);
        r.apply(Transition.REINSTATE, MANAGER, "Not a duplicate after all", NOW, FACTS);
        assertEquals(ReportState.DRAFT, r.state());
    }

    @Test
    void theProviderCannotCommentAfterTheDeadlineButStaffCanThenFinalise() {
        Report r = report();
        r.apply(Transition.SUBMIT_FOR_REVIEW, AUTHOR, null, NOW, FACTS);
        r.apply(Transition.PASS_REVIEW, REVIEWER, null, NOW, new Report.MoveFacts(TODAY, 0, TODAY.plusDays(14)));
        LocalDate after = TODAY.plusDays(15);
        assertTrue(!r.acceptsProviderComments(after));
        assertThrows(ReportConflict.class, () -> r.providerResponded(true, after, NOW));
        r.apply(Transition.FINALISE, REVIEWER, null, NOW, new Report.MoveFacts(after, 0, null));
        assertEquals(ReportState.FINAL, r.state());
    }

    @Test
    void onlyDraftsAndReturnedReportsAreEditable() {
        Report r = report();
        r.requireEditable();
        r.apply(Transition.SUBMIT_FOR_REVIEW, AUTHOR, null, NOW, FACTS);
        assertThrows(ReportConflict.class, r::requireEditable);
    }

    @Test
    void publicationTargetIsFiftyDaysAfterTheSiteVisit() {
        assertEquals(TODAY.minusDays(10).plusDays(50), report().publicationTarget());
    }
}
