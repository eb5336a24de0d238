package org.inspectorate.rating.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.inspectorate.assessment.application.AssessmentSnapshot;
import org.inspectorate.assessment.domain.Framework;
import org.inspectorate.rating.domain.KeyQuestion;
import org.inspectorate.rating.domain.Rating;
import org.inspectorate.rating.domain.StatementInput;
import org.junit.jupiter.api.Test;

class RatingCalculatorTest {

    private static final Framework F = new Framework("SAF-2023", "SAF",
            List.of(new Framework.Item("SAFE", "Safe"), new Framework.Item("CARING", "Caring")),
            List.of(new Framework.Statement("S1", "SAFE", "Learning culture"),
                    new Framework.Statement("C1", "CARING", "Kindness, compassion and dignity")),
            List.of(new Framework.Item("OBSERVATION", "Observation"), new Framework.Item("PROCESSES", "Processes")));

    @Test
    void scoresAreGroupedPerStatementInFrameworkOrderWithTheirDates() {
        LocalDate ends = LocalDate.of(2026, 2, 2);
        AssessmentSnapshot s = new AssessmentSnapshot(9, "1-500000001", "1-100000001", "SAF-2023-11", ends, null,
                List.of(new AssessmentSnapshot.ScoreRow("C1", null, 4, true, 3, LocalDate.of(2024, 1, 1)),
                        new AssessmentSnapshot.ScoreRow("S1", "OBSERVATION", 3, false, 9, null),
                        new AssessmentSnapshot.ScoreRow("S1", "PROCESSES", 2, false, 9, LocalDate.of(2026, 1, 30))),
                List.of(new AssessmentSnapshot.OverrideRow(null, "GOOD", "why", "Ann", "Bob")));
        List<StatementInput> in = RatingCalculator.inputs(s, F);
        assertEquals(2, in.size());
        StatementInput s1 = in.get(0);
        assertEquals("S1", s1.code());
        assertNull(s1.score());
        assertEquals(2, s1.categories().size());
        assertEquals(ends, s1.categories().get(0).evidenceDate(), "an undated new score takes the assessment's last day");
        assertEquals("Observation", s1.categories().get(0).name());
        StatementInput c1 = in.get(1);
        assertEquals(KeyQuestion.CARING, c1.keyQuestion());
        assertEquals(4, c1.score());
        assertEquals(true, c1.carriedForward());
        assertEquals(Rating.GOOD, RatingCalculator.overrides(s).get(0).rating());
        assertNull(RatingCalculator.overrides(s).get(0).keyQuestion());
    }

    @Test
    void activeBreachesBecomeEngineBreaches() {
        var b = RatingCalculator.breaches(List.of(new ActiveBreach("enforcement", "Regulation 17", null, "x", null),
                new ActiveBreach("assessment", "Regulation 12", "SAFE", "y", null)));
        assertNull(b.get(0).keyQuestion());
        assertEquals(KeyQuestion.SAFE, b.get(1).keyQuestion());
    }
}
