package org.inspectorate.rating.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.inspectorate.rating.persistence.ProposalRow;
import org.inspectorate.report.application.ReportRatings;
import org.junit.jupiter.api.Test;

class ProposedRatingsTest {

    private static final String[] RATINGS = {"GOOD", "REQUIRES_IMPROVEMENT", "GOOD", "OUTSTANDING", "GOOD", null};

    @Test
    void aProposalListsOverallThenEachKeyQuestionInOrderWithItsState() {
        ProposedRatings p = ProposedRatings.of(new ProposalRow(7, "1-101", "1-1", "SAF-2024-12", RATINGS, "PROPOSED",
                Instant.EPOCH, null, null));
        assertEquals("Good", p.overallLabel());
        assertEquals(List.of("SAFE", "EFFECTIVE", "CARING", "RESPONSIVE", "WELL_LED"),
                p.keyQuestions().stream().map(ProposedRatings.Line::keyQuestion).toList());
        assertEquals("Requires improvement", p.keyQuestions().get(0).ratingLabel());
        assertEquals("No rating", p.keyQuestions().get(4).ratingLabel());
        assertTrue(p.isWaiting());
        assertTrue(p.stateLabel().contains("published when the report is published"));
    }

    @Test
    void publishedAndWithdrawnProposalsSaySo() {
        assertEquals("Published with the report", ProposedRatings.stateLabel("PUBLISHED"));
        assertEquals("Withdrawn with the report", ProposedRatings.stateLabel("WITHDRAWN"));
        assertFalse(ProposedRatings.of(new ProposalRow(7, "1-101", "1-1", "SAF-2024-12", RATINGS, "PUBLISHED",
                Instant.EPOCH, Instant.EPOCH, 3L)).isWaiting());
    }

    @Test
    void theReportPrintsOverallFirst() {
        List<ReportRatings.Line> lines = PublishedReportRatings.lines(RATINGS);
        assertEquals(6, lines.size());
        assertEquals(new ReportRatings.Line("Overall", "Good"), lines.get(0));
        assertEquals("Safe", lines.get(1).label());
    }
}
