package org.inspectorate.report.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.inspectorate.report.domain.Actor;
import org.inspectorate.report.domain.Report;
import org.inspectorate.report.domain.Transition;
import org.junit.jupiter.api.Test;

class ReportViewsTest {

    static final Actor AUTHOR = new Actor(1, "Ann", false);

    @Test
    void agesAreWholeDaysInStateAndSinceTheSiteVisit() {
        Instant opened = Instant.parse("2026-10-01T09:00:00Z");
        Report r = new Report("1-000000001", "Oak House", "1-000000002", "ADULT_SOCIAL_CARE", "LONDON", null,
                LocalDate.of(2026, 9, 20), AUTHOR, opened);
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        ReportSummary s = ReportViews.summary(r, now);
        assertEquals(53, s.daysInState());
        assertEquals(64, s.daysSinceVisit());
        assertEquals(LocalDate.of(2026, 11, 9), s.publicationTarget());
        assertTrue(s.pastTarget());
        assertTrue(s.allowedMoves().contains("SUBMIT_FOR_REVIEW"));
        assertFalse(s.allowedMoves().contains("PUBLISH"));
    }

    @Test
    void aMoveRestartsTheClockInState() {
        Instant opened = Instant.parse("2026-11-01T09:00:00Z");
        Report r = new Report("1-000000001", "Oak House", "1-000000002", "ADULT_SOCIAL_CARE", "LONDON", null,
                LocalDate.of(2026, 10, 30), AUTHOR, opened);
        Instant moved = Instant.parse("2026-11-20T09:00:00Z");
        r.apply(Transition.SUBMIT_FOR_REVIEW, AUTHOR, null, moved, new Report.MoveFacts(LocalDate.of(2026, 11, 20), 0,
                null));
        ReportSummary s = ReportViews.summary(r, Instant.parse("2026-11-23T10:00:00Z"));
        assertEquals(3, s.daysInState());
        assertEquals("IN_REVIEW", s.state());
        assertFalse(s.pastTarget());
    }
}
