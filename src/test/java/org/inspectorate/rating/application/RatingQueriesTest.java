package org.inspectorate.rating.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.inspectorate.assessment.application.AssessmentSnapshot;
import org.inspectorate.rating.domain.KeyQuestion;
import org.inspectorate.rating.domain.StatementResult;
import org.junit.jupiter.api.Test;

class RatingQueriesTest {

    private static final LocalDate OLD = LocalDate.of(2023, 6, 1);
    private static final LocalDate NEW = LocalDate.of(2026, 11, 2);

    /** After a change of method: category rows carried from assessment 3 beside a new score in assessment 9. */
    private static final AssessmentSnapshot SNAP = new AssessmentSnapshot(9, "1-500000001", "1-100000001",
            "SAF-2024-12", NEW, null, List.of(new AssessmentSnapshot.ScoreRow("S1", "OBSERVATION", 2, true, 3, OLD),
                    new AssessmentSnapshot.ScoreRow("S1", "PROCESSES", 2, true, 3, OLD),
                    new AssessmentSnapshot.ScoreRow("S1", null, 3, false, 9, NEW),
                    new AssessmentSnapshot.ScoreRow("S2", null, 4, false, 9, NEW)), List.of());

    private static StatementResult result(boolean fromCategories) {
        return new StatementResult("S1", "Learning culture", KeyQuestion.SAFE, 3, null, List.of(), false, NEW, "rule",
                fromCategories);
    }

    @Test
    void aStatementScoreRestsOnItsOwnRowOnlyAndSoOnItsOwnAssessmentsEvidence() {
        List<AssessmentSnapshot.ScoreRow> used = RatingQueries.rowsUsed(SNAP, result(false));
        assertEquals(1, used.size());
        assertEquals(9, used.get(0).sourceAssessmentId());
    }

    @Test
    void aScoreWorkedOutFromCategoriesRestsOnTheCategoryRows() {
        List<AssessmentSnapshot.ScoreRow> used = RatingQueries.rowsUsed(SNAP, result(true));
        assertEquals(List.of("OBSERVATION", "PROCESSES"), used.stream().map(AssessmentSnapshot.ScoreRow::categoryCode)
                .toList());
        assertEquals(List.of(3L), used.stream().map(AssessmentSnapshot.ScoreRow::sourceAssessmentId).distinct().toList());
    }
}
