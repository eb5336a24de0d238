package org.inspectorate.triage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.inspectorate.shared.domain.ValidationFailure;
import org.junit.jupiter.api.Test;

class TriageItemTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static TriageItem item(SourceKind kind) {
        NewItem n = new NewItem(kind, 1, "NTF-ABCD-EFGH", "SERIOUS_INJURY", "Serious injury", Theme.INJURY, "Fall",
                "1-500000001", "Oak House", "1-100000001", Team.ADULT_SOCIAL_CARE, "LONDON", NOW, 30,
                Duration.ofDays(1), null, false, false);
        return new TriageItem(n, new RiskAssessment(40, List.of("x")), NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void aNewItemIsClaimedDecidedAndReopened() {
        TriageItem i = item(SourceKind.NOTIFICATION);
        assertEquals(TriageState.NEW, i.state());
        i.claim(7, "Ivy");
        assertEquals(TriageState.ASSIGNED, i.state());
        assertThrows(TriageConflict.class, () -> i.claim(8, "Maya"), "an assigned item cannot be claimed");

        i.decide(Outcome.MONITOR, " Known issue, action plan in place ", 7, "Ivy", NOW, Duration.ofDays(14));
        assertEquals(TriageState.CLOSED, i.state());
        assertEquals(Outcome.MONITOR, i.outcome());
        assertEquals("Known issue, action plan in place", i.outcomeReasons());
        assertThrows(TriageConflict.class, () -> i.assign(8, "Maya"));
        assertThrows(TriageConflict.class, () -> i.decide(Outcome.MONITOR, "again", 7, "Ivy", NOW, Duration.ZERO));

        i.reopen(8, "Maya", NOW, Duration.ofDays(5));
        assertEquals(TriageState.ASSIGNED, i.state());
        assertNull(i.outcome());
        assertEquals("Maya", i.assigneeName());
        assertEquals(NOW.plus(Duration.ofDays(5)), i.dueAt());
    }

    @Test
    void requestingInformationWaitsAndTheAnswerComesBackToTheOwner() {
        TriageItem i = item(SourceKind.NOTIFICATION);
        i.decide(Outcome.REQUEST_INFORMATION, "Need the falls policy", 7, "Ivy", NOW, Duration.ofDays(14));
        assertEquals(TriageState.AWAITING_INFORMATION, i.state());
        assertEquals("Ivy", i.assigneeName(), "an unassigned item becomes the decider's");
        assertEquals(NOW.plus(Duration.ofDays(14)), i.dueAt());
        assertTrue(i.pastDue(NOW.plus(Duration.ofDays(15))));
        i.informationReceived(NOW, Duration.ofDays(5));
        assertEquals(TriageState.ASSIGNED, i.state());
        assertThrows(TriageConflict.class, () -> i.informationReceived(NOW, Duration.ofDays(5)));
    }

    @Test
    void outcomesNeedReasons() {
        TriageItem i = item(SourceKind.NOTIFICATION);
        ValidationFailure f = assertThrows(ValidationFailure.class,
                () -> i.decide(Outcome.NO_FURTHER_ACTION, "  ", 7, "Ivy", NOW, Duration.ZERO));
        assertEquals("reasons", f.errors().get(0).field());
        assertEquals(TriageState.NEW, i.state());
    }

    @Test
    void assigningReleasingAndReassigning() {
        TriageItem i = item(SourceKind.NOTIFICATION);
        assertThrows(TriageConflict.class, i::release);
        i.assign(7, "Ivy");
        assertThrows(TriageConflict.class, () -> i.assign(7, "Ivy"));
        i.assign(8, "Maya");
        assertEquals("Maya", i.assigneeName());
        i.release();
        assertEquals(TriageState.NEW, i.state());
        assertNull(i.assigneeId());
    }

    @Test
    void onlyConcernsMoveToAnotherLocation() {
        assertThrows(TriageConflict.class, () -> item(SourceKind.NOTIFICATION)
                .linkToLocation("1-500000002", "Elm House", "1-100000002", Team.HOSPITALS, "NORTH_EAST"));
        TriageItem c = item(SourceKind.CONCERN);
        c.linkToLocation("1-500000002", "Elm House", "1-100000002", Team.HOSPITALS, "NORTH_EAST");
        assertEquals(Team.HOSPITALS, c.team());
        assertEquals("NORTH_EAST", c.region());
    }

    @Test
    void everyStateHasAWayOut() {
        for (TriageState s : TriageState.values()) {
            TriageItem i = item(SourceKind.NOTIFICATION);
            switch (s) {
                case NEW -> i.claim(1, "a");
                case ASSIGNED -> {
                    i.claim(1, "a");
                    i.release();
                }
                case AWAITING_INFORMATION -> {
                    i.decide(Outcome.REQUEST_INFORMATION, "r", 1, "a", NOW, Duration.ofDays(1));
                    i.decide(Outcome.NO_FURTHER_ACTION, "r", 1, "a", NOW, Duration.ofDays(1));
                }
                case CLOSED -> {
                    i.decide(Outcome.ESCALATE_TO_ENFORCEMENT, "r", 1, "a", NOW, Duration.ofDays(1));
                    i.reopen(1, "a", NOW, Duration.ofDays(1));
                }
                default -> throw new IllegalStateException();
            }
        }
    }
}
