package org.inspectorate.rating.domain;

import static org.inspectorate.rating.domain.Fixtures.CATEGORIES;
import static org.inspectorate.rating.domain.Fixtures.DAY;
import static org.inspectorate.rating.domain.Fixtures.DIRECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementScoringTest {

    private static StatementInput categories(Integer direct, int... scores) {
        List<CategoryScore> list = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            list.add(new CategoryScore("C" + i, "Category " + i, scores[i], false, DAY.plusDays(i)));
        }
        return new StatementInput("SAFE1", "Learning culture", KeyQuestion.SAFE, direct, list, false, null);
    }

    @Test
    void cqcWorkedGpExample() {
        StatementResult r = StatementScoring.score(categories(null, 3, 2, 3, 3), CATEGORIES);
        assertEquals(3, r.score());
        assertEquals(69, r.percent());
        assertEquals("Evidence category scores 3 + 2 + 3 + 3 = 11 of 16 (68.75%, rounded to 69%); 63-87% gives a score"
                + " of 3.", r.rule());
        assertEquals(DAY.plusDays(3), r.evidenceDate(), "the newest evidence behind the categories");
    }

    @ParameterizedTest(name = "categories {0} give score {1}")
    @CsvSource({"'1,1,1,1', 1", "'1,2,2,1', 1", "'2,2,2,1', 2", "'2,2,2,2', 2", "'3,2,2,2', 2", "'3,2,3,2', 3",
            "'3,3,3,2', 3", "'3,3,3,3', 3", "'4,4,3,3', 4", "'4,4,4,3', 4", "'4,4,4,4', 4", "'2,3', 3", "'1,2', 1",
            "'1,1,2', 1", "'3,4', 4", "'4,4,4,4,4,3', 4", "'1,1,1,2,2,2', 1", "'1,1,2,2,2,2', 2"})
    void categoryPercentagesAreBandedIntoScores(String scores, int expected) {
        int[] s = java.util.Arrays.stream(scores.split(",")).mapToInt(Integer::parseInt).toArray();
        assertEquals(expected, StatementScoring.score(categories(null, s), CATEGORIES).score());
    }

    @Test
    void underTheDirectMethodTheStatementScoreWins() {
        StatementResult r = StatementScoring.score(categories(4, 1, 1), DIRECT);
        assertEquals(4, r.score());
        assertNull(r.percent());
        assertTrue(r.rule().startsWith("Scored 4 (evidence shows an exceptional standard)"), r.rule());
    }

    @Test
    void underTheCategoryMethodCategoriesWinAndADirectScoreIsTheFallback() {
        assertEquals(1, StatementScoring.score(categories(4, 1, 1), CATEGORIES).score());
        StatementResult onlyDirect = StatementScoring.score(categories(2), CATEGORIES);
        assertEquals(2, onlyDirect.score());
        assertTrue(onlyDirect.rule().contains("No evidence category was scored"), onlyDirect.rule());
    }

    @Test
    void underTheDirectMethodCategoriesAreTheFallback() {
        StatementResult r = StatementScoring.score(categories(null, 3, 3), DIRECT);
        assertEquals(3, r.score());
        assertTrue(r.rule().contains("No score was given for the statement itself"), r.rule());
    }

    @Test
    void carriedForwardScoresSayWhereTheyComeFromAndWhen() {
        StatementInput in = StatementInput.scored("SAFE1", "Learning culture", KeyQuestion.SAFE, 3, true,
                LocalDate.of(2022, 5, 4));
        StatementResult r = StatementScoring.score(in, DIRECT);
        assertTrue(r.carriedForward());
        assertTrue(r.rule().contains("Carried forward from an earlier assessment (evidence of 2022-05-04)"), r.rule());
    }

    @Test
    void unscoredStatementsAreNotCounted() {
        StatementResult r = StatementScoring.score(categories(null), DIRECT);
        assertFalse(r.scored());
        assertEquals("Not scored, so not counted.", r.rule());
    }

    @Test
    void scoresOutsideOneToFourAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> categories(5));
        assertThrows(IllegalArgumentException.class, () -> categories(null, 0));
    }

    private static final LocalDate OLD = LocalDate.of(2023, 5, 1);
    private static final LocalDate NEW = LocalDate.of(2026, 11, 2);

    @Test
    void afterASwitchToStatementScoresANewScoreIsNotCalledCarriedBecauseOfOldCategoryRows() {
        List<CategoryScore> old = List.of(new CategoryScore("C1", "People", 2, true, OLD),
                new CategoryScore("C2", "Processes", 2, true, OLD));
        StatementResult r = StatementScoring.score(new StatementInput("SAFE1", "Learning culture", KeyQuestion.SAFE, 3,
                old, false, NEW), DIRECT);
        assertEquals(3, r.score());
        assertFalse(r.carriedForward(), r.rule());
        assertEquals(NEW, r.evidenceDate());
        assertFalse(r.rule().contains("Carried forward"), r.rule());
    }

    @Test
    void afterASwitchToCategoryScoresNewCategoriesAreNotCalledCarriedBecauseOfAnOldStatementScore() {
        List<CategoryScore> fresh = List.of(new CategoryScore("C1", "People", 3, false, NEW),
                new CategoryScore("C2", "Processes", 3, false, NEW.minusDays(1)));
        StatementResult r = StatementScoring.score(new StatementInput("SAFE1", "Learning culture", KeyQuestion.SAFE, 1,
                fresh, true, OLD), CATEGORIES);
        assertEquals(3, r.score());
        assertFalse(r.carriedForward(), r.rule());
        assertEquals(NEW, r.evidenceDate());
    }

    @Test
    void aScoreUsedFromAnEarlierAssessmentIsCalledCarriedWithItsOwnDate() {
        List<CategoryScore> fresh = List.of(new CategoryScore("C1", "People", 3, false, NEW));
        StatementResult r = StatementScoring.score(new StatementInput("SAFE1", "Learning culture", KeyQuestion.SAFE, 2,
                fresh, true, OLD), DIRECT);
        assertTrue(r.carriedForward());
        assertEquals(OLD, r.evidenceDate());
        assertTrue(r.rule().endsWith("Carried forward from an earlier assessment (evidence of " + OLD + ")."),
                r.rule());
    }
}
