package org.inspectorate.enforcement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.inspectorate.shared.domain.ValidationFailure;
import org.junit.jupiter.api.Test;

class EnforcementCaseTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Meeting DMM = new Meeting(MeetingKind.DECISION_MAKING_MEETING, TODAY, "Maya, Ivy");
    private static final Meeting MRM = new Meeting(MeetingKind.MANAGEMENT_REVIEW_MEETING, TODAY, "Maya, legal");

    static EnforcementCase newCase() {
        return new EnforcementCase("ENF-000001", new NewCase("1-101000001", "Provider", "1-100000001", "Home", "LONDON",
                CaseOrigin.ASSESSMENT_FINDING, "Site visit 2026-11-20", "Medicines not stored safely"), "Ivy", NOW);
    }

    static DecisionInput decision(StageDecision d, Meeting m) {
        return new DecisionInput(d, "Because", m, null, null, null);
    }

    /** Runs a new case to the action stage with the given action confirmed. */
    static EnforcementCase confirmed(ActionKind action, String detail) {
        EnforcementCase c = newCase();
        c.decide(decision(StageDecision.ESCALATE, DMM), "Maya", NOW, TODAY);
        c.decide(new DecisionInput(StageDecision.BREACH_CONFIRMED, "Evidence from the visit", null,
                "Regulation 12: safe care and treatment", null, null), "Maya", NOW, TODAY);
        c.decide(new DecisionInput(StageDecision.ACTION_SELECTED, "Serious, not yet persistent", null, null, action,
                detail), "Maya", NOW, TODAY);
        c.decide(decision(StageDecision.ACTION_CONFIRMED, MRM), "Maya", NOW, TODAY);
        return c;
    }

    @Test
    void aCaseRunsThroughTheFourStagesToAction() {
        EnforcementCase c = confirmed(ActionKind.WARNING_NOTICE, null);
        assertEquals(Stage.ACTION, c.stage());
        assertEquals("Regulation 12: safe care and treatment", c.breach());
        assertEquals(ActionKind.WARNING_NOTICE, c.actionKind());
        c.takeAction(ActionKind.WARNING_NOTICE);
        assertThrows(EnforcementConflict.class, () -> c.takeAction(ActionKind.WARNING_NOTICE), "once per confirmation");
    }

    @Test
    void decisionsOfAnotherStageAreRefused() {
        EnforcementCase c = newCase();
        EnforcementConflict e = assertThrows(EnforcementConflict.class,
                () -> c.decide(decision(StageDecision.ACTION_CONFIRMED, MRM), "Maya", NOW, TODAY));
        assertTrue(e.getMessage().contains("stage 1"), e.getMessage());
        assertThrows(EnforcementConflict.class, () -> c.takeAction(ActionKind.WARNING_NOTICE));
    }

    @Test
    void escalationNeedsADecisionMakingOrManagementReviewMeeting() {
        EnforcementCase c = newCase();
        ValidationFailure none = assertThrows(ValidationFailure.class,
                () -> c.decide(decision(StageDecision.ESCALATE, null), "Maya", NOW, TODAY));
        assertEquals("meetingKind", none.errors().get(0).field());
        Meeting chat = new Meeting(MeetingKind.CASE_DISCUSSION, TODAY, null);
        assertThrows(ValidationFailure.class, () -> c.decide(decision(StageDecision.ESCALATE, chat), "Maya", NOW, TODAY));
        Meeting tomorrow = new Meeting(MeetingKind.DECISION_MAKING_MEETING, TODAY.plusDays(1), null);
        assertEquals("meetingDate", assertThrows(ValidationFailure.class,
                () -> c.decide(decision(StageDecision.ESCALATE, tomorrow), "Maya", NOW, TODAY)).errors().get(0).field());
        CaseDecision d = c.decide(decision(StageDecision.ESCALATE, DMM), "Maya", NOW, TODAY);
        assertEquals(Stage.INITIAL_ASSESSMENT, d.stage());
        assertEquals(MeetingKind.DECISION_MAKING_MEETING, d.meetingKind());
        assertEquals(Stage.LEGAL_AND_EVIDENTIAL_REVIEW, c.stage());
    }

    @Test
    void theFinalReviewConfirmsAtAManagementReviewMeetingOnly() {
        EnforcementCase c = confirmedUpToFinalReview();
        assertThrows(ValidationFailure.class, () -> c.decide(decision(StageDecision.ACTION_CONFIRMED, DMM), "Maya", NOW,
                TODAY));
        c.decide(decision(StageDecision.RECONSIDER_ACTION, null), "Maya", NOW, TODAY);
        assertEquals(Stage.SELECTION_OF_ACTION, c.stage());
    }

    @Test
    void reasonsBreachAndActionAreRequiredWhereTheTreeNeedsThem() {
        EnforcementCase c = newCase();
        ValidationFailure noReasons = assertThrows(ValidationFailure.class, () -> c.decide(
                new DecisionInput(StageDecision.GATHER_MORE_INFORMATION, " ", null, null, null, null), "M", NOW, TODAY));
        assertEquals("reasons", noReasons.errors().get(0).field());
        c.decide(decision(StageDecision.GATHER_MORE_INFORMATION, null), "Maya", NOW, TODAY);
        assertEquals(Stage.INITIAL_ASSESSMENT, c.stage(), "more information keeps the case at its stage");
        c.decide(decision(StageDecision.ESCALATE, DMM), "Maya", NOW, TODAY);
        assertEquals("breach", assertThrows(ValidationFailure.class, () -> c.decide(
                decision(StageDecision.BREACH_CONFIRMED, null), "M", NOW, TODAY)).errors().get(0).field());
        c.decide(new DecisionInput(StageDecision.BREACH_CONFIRMED, "r", null, "Reg 12", null, null), "M", NOW, TODAY);
        assertEquals("action", assertThrows(ValidationFailure.class, () -> c.decide(
                decision(StageDecision.ACTION_SELECTED, null), "M", NOW, TODAY)).errors().get(0).field());
        assertEquals("actionDetail", assertThrows(ValidationFailure.class, () -> c.decide(new DecisionInput(
                StageDecision.ACTION_SELECTED, "r", null, null, ActionKind.IMPOSE_CONDITIONS, ""), "M", NOW, TODAY))
                .errors().get(0).field(), "a condition needs its wording");
    }

    @Test
    void closingDecisionsCloseTheCaseAndNothingFollows() {
        EnforcementCase c = newCase();
        c.decide(decision(StageDecision.REFER_TO_ANOTHER_BODY, null), "Maya", NOW, TODAY);
        assertEquals(Stage.CLOSED, c.stage());
        assertNotNull(c.closedAt());
        assertThrows(EnforcementConflict.class, () -> c.decide(decision(StageDecision.GATHER_MORE_INFORMATION, null),
                "Maya", NOW, TODAY));
    }

    @Test
    void furtherActionGoesBackThroughSelectionAndFinalReview() {
        EnforcementCase c = confirmed(ActionKind.WARNING_NOTICE, null);
        c.takeAction(ActionKind.WARNING_NOTICE);
        c.decide(decision(StageDecision.FURTHER_ACTION_NEEDED, null), "Maya", NOW, TODAY);
        assertEquals(Stage.SELECTION_OF_ACTION, c.stage());
        c.decide(new DecisionInput(StageDecision.ACTION_SELECTED, "Not complied", null, null,
                ActionKind.IMPOSE_CONDITIONS, "No new admissions"), "Maya", NOW, TODAY);
        c.decide(decision(StageDecision.ACTION_CONFIRMED, MRM), "Maya", NOW, TODAY);
        assertThrows(EnforcementConflict.class, () -> c.takeAction(ActionKind.WARNING_NOTICE), "not what was confirmed");
        c.takeAction(ActionKind.IMPOSE_CONDITIONS);
        assertEquals("No new admissions", c.actionDetail());
    }

    @Test
    void openingNeedsASubjectAnOriginReferenceAndASummary() {
        ValidationFailure f = assertThrows(ValidationFailure.class, () -> new EnforcementCase("ENF-1", new NewCase(null,
                null, null, null, null, CaseOrigin.TRIAGE, null, ""), "Ivy", NOW));
        assertEquals(3, f.errors().size(), f.errors().toString());
        EnforcementCase direct = new EnforcementCase("ENF-2", new NewCase("1-101000001", "P", null, null, null,
                CaseOrigin.DIRECT, " ", "Unregistered activity"), "Ivy", NOW);
        assertNull(direct.originReference());
        assertEquals(0, direct.daysAtStage(NOW.plusSeconds(3600)));
        assertEquals(3, direct.daysAtStage(NOW.plusSeconds(3 * 86400)));
    }

    private static EnforcementCase confirmedUpToFinalReview() {
        EnforcementCase c = newCase();
        c.decide(decision(StageDecision.ESCALATE, DMM), "Maya", NOW, TODAY);
        c.decide(new DecisionInput(StageDecision.BREACH_CONFIRMED, "r", null, "Reg 12", null, null), "M", NOW, TODAY);
        c.decide(new DecisionInput(StageDecision.ACTION_SELECTED, "r", null, null, ActionKind.WARNING_NOTICE, null), "M",
                NOW, TODAY);
        assertEquals(Stage.FINAL_REVIEW, c.stage());
        return c;
    }
}
