package org.inspectorate.rating.domain;

import static org.inspectorate.rating.domain.Fixtures.DIRECT;
import static org.inspectorate.rating.domain.Fixtures.rate;
import static org.inspectorate.rating.domain.Fixtures.ratings;
import static org.inspectorate.rating.domain.Fixtures.statements;
import static org.inspectorate.rating.domain.Rating.GOOD;
import static org.inspectorate.rating.domain.Rating.INADEQUATE;
import static org.inspectorate.rating.domain.Rating.OUTSTANDING;
import static org.inspectorate.rating.domain.Rating.REQUIRES_IMPROVEMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingEngineTest {

    private static List<StatementInput> withOthersGood(KeyQuestion kq, int... scores) {
        List<StatementInput> in = new ArrayList<>(statements(kq, scores));
        for (KeyQuestion other : KeyQuestion.values()) {
            if (other != kq) {
                in.addAll(statements(other, 3));
            }
        }
        return in;
    }

    /** Key question band edges, each reached by real quality statement scores (no limiter in play). */
    @ParameterizedTest(name = "Safe scores {0} give {1}% and {2}")
    @CsvSource({"'1,1,1,1,1,1,1,1', 25, INADEQUATE", "'2,2,1,1,1,1,1,1', 31, INADEQUATE",
            "'2,2,2,2,1,1,1,1', 38, INADEQUATE", "'2,2,2,2,2,1,1,1', 41, REQUIRES_IMPROVEMENT",
            "'2,2,2,2,2,2,2,2', 50, REQUIRES_IMPROVEMENT", "'3,3,3,3,2,2,2,2', 63, GOOD",
            "'3,2,2,2,2,2', 54, REQUIRES_IMPROVEMENT", "'3,3,3,2,2,2', 63, GOOD", "'3,3,3,3,3,3,3,3', 75, GOOD",
            "'4,4,4,3,3,3,3,3', 84, GOOD", "'4,4,4,4,4,3,3,3', 91, OUTSTANDING", "'4,4,4,4,4,4,4,4', 100, OUTSTANDING",
            "'4,4,4,4,4,4,3,3', 94, OUTSTANDING", "'4,4,3,3,3,3,3', 82, GOOD", "'4,4,4,4,4,4,3', 96, OUTSTANDING",
            "'2,2,2,2,2,2,3', 54, REQUIRES_IMPROVEMENT", "'2,2,2,2,2,3,3,3', 59, REQUIRES_IMPROVEMENT"})
    void keyQuestionPercentagesAndBands(String scores, int percent, Rating rating) {
        int[] s = java.util.Arrays.stream(scores.split(",")).mapToInt(Integer::parseInt).toArray();
        KeyQuestionResult safe = rate(withOthersGood(KeyQuestion.SAFE, s)).keyQuestion(KeyQuestion.SAFE).orElseThrow();
        assertEquals(percent, safe.percent());
        assertEquals(rating, safe.bandRating());
    }

    @Test
    void exactBandEdgesOfKeyQuestionPercentages() {
        // 38.5% rounds to 39 (Requires improvement); 62.5% rounds to 63 (Good); 87.5% rounds to 88 (Outstanding).
        assertEquals(REQUIRES_IMPROVEMENT, Fixtures.DIRECT.bands().rating(Bands.percent(77, 200)));
        KeyQuestionResult r = rate(withOthersGood(KeyQuestion.SAFE, 3, 2, 3, 2, 3, 2, 3, 2))
                .keyQuestion(KeyQuestion.SAFE).orElseThrow();
        assertEquals(63, r.percent());
        assertEquals(GOOD, r.rating());
        assertEquals("Quality statement scores 3 + 2 + 3 + 2 + 3 + 2 + 3 + 2 = 20 of 32 (62.5%, rounded to 63%);"
                + " 63-87% is Good.", r.rules().get(0));
        KeyQuestionResult o = rate(withOthersGood(KeyQuestion.SAFE, 4, 4, 4, 4, 4, 4, 3, 1))
                .keyQuestion(KeyQuestion.SAFE).orElseThrow();
        assertEquals(88, o.percent(), "28 of 32 is 87.5%, rounded to 88");
        assertEquals(OUTSTANDING, o.bandRating());
    }

    @Test
    void limiterAStatementScoredOneLimitsAGoodKeyQuestion() {
        KeyQuestionResult r = rate(withOthersGood(KeyQuestion.SAFE, 4, 4, 4, 4, 3, 3, 3, 1))
                .keyQuestion(KeyQuestion.SAFE).orElseThrow();
        assertEquals(GOOD, r.bandRating());
        assertEquals(REQUIRES_IMPROVEMENT, r.rating());
        assertTrue(r.limited());
        assertEquals("Limiter: Safe statement 8 scored 1 (significant shortfalls), so Safe is limited from Good to"
                + " Requires improvement.", r.rules().get(1));
    }

    @Test
    void limiterAStatementScoredOneLimitsAnOutstandingKeyQuestion() {
        KeyQuestionResult r = rate(withOthersGood(KeyQuestion.SAFE, 4, 4, 4, 4, 4, 4, 4, 1))
                .keyQuestion(KeyQuestion.SAFE).orElseThrow();
        assertEquals(OUTSTANDING, r.bandRating());
        assertEquals(REQUIRES_IMPROVEMENT, r.rating());
    }

    @Test
    void limiterStatementScoreOneDoesNotRaiseOrTouchLowerRatings() {
        KeyQuestionResult r = rate(withOthersGood(KeyQuestion.SAFE, 1, 1, 1, 2)).keyQuestion(KeyQuestion.SAFE)
                .orElseThrow();
        assertEquals(INADEQUATE, r.rating());
        assertFalse(r.limited());
    }

    @Test
    void limiterCanBeSwitchedOffByTheMethodology() {
        RatingRules lenient = new RatingRules("X", "X", ScoringMethod.QUALITY_STATEMENT_SCORES, Bands.standard(),
                false, false, false, 2, 2, 2);
        RatingResult r = RatingEngine.rate(lenient, withOthersGood(KeyQuestion.SAFE, 4, 4, 4, 4, 3, 3, 3, 1),
                List.of(new Breach("assessment", "Regulation 12", KeyQuestion.SAFE, "x")), List.of());
        assertEquals(GOOD, r.ratingOf(KeyQuestion.SAFE));
        assertEquals(GOOD, r.overall());
    }

    @Test
    void limiterABreachAgainstAKeyQuestionLimitsItAndTheOverall() {
        Breach breach = new Breach("recorded in the assessment", "Regulation 12 (safe care and treatment)",
                KeyQuestion.SAFE, "Medicines not stored safely");
        RatingResult r = RatingEngine.rate(DIRECT, ratings(OUTSTANDING, OUTSTANDING, GOOD, GOOD, GOOD), List.of(breach),
                List.of());
        assertEquals(REQUIRES_IMPROVEMENT, r.ratingOf(KeyQuestion.SAFE));
        KeyQuestionResult safe = r.keyQuestion(KeyQuestion.SAFE).orElseThrow();
        assertEquals("Limiter: a breach of regulations is recorded against Safe (Regulation 12 (safe care and"
                + " treatment), recorded in the assessment), so Safe is limited from Outstanding to Requires"
                + " improvement.", safe.rules().get(1));
        assertEquals(REQUIRES_IMPROVEMENT, r.overall());
        assertTrue(r.overallLimited());
        assertTrue(r.overallRules().get(r.overallRules().size() - 1).startsWith("Limiter: there is a breach of"
                + " regulations"), r.overallRules().toString());
    }

    @Test
    void limiterABreachWithNoKeyQuestionLimitsOnlyTheOverall() {
        Breach breach = new Breach("enforcement", "Regulation 17 (good governance)", null, "x");
        RatingResult r = RatingEngine.rate(DIRECT, ratings(GOOD, GOOD, GOOD, GOOD, GOOD), List.of(breach), List.of());
        assertEquals(GOOD, r.ratingOf(KeyQuestion.WELL_LED));
        assertEquals(REQUIRES_IMPROVEMENT, r.overall());
    }

    @Test
    void limiterABreachNeverRaisesARating() {
        Breach breach = new Breach("enforcement", "Regulation 12", KeyQuestion.SAFE, "x");
        RatingResult r = RatingEngine.rate(DIRECT, ratings(INADEQUATE, INADEQUATE, GOOD, GOOD, GOOD), List.of(breach),
                List.of());
        assertEquals(INADEQUATE, r.ratingOf(KeyQuestion.SAFE));
        assertEquals(INADEQUATE, r.overall());
        assertFalse(r.overallLimited());
    }

    @Test
    void aggregationTwoInadequateMakeInadequate() {
        RatingResult r = rate(ratings(INADEQUATE, INADEQUATE, OUTSTANDING, OUTSTANDING, OUTSTANDING));
        assertEquals(INADEQUATE, r.overall());
        assertEquals("2 key questions are Inadequate, so overall is Inadequate (2 or more Inadequate key questions make"
                + " the overall rating Inadequate).", r.overallRules().get(1));
    }

    @Test
    void aggregationTwoRequiresImprovementMakeRequiresImprovement() {
        RatingResult r = rate(ratings(REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT, OUTSTANDING, OUTSTANDING, GOOD));
        assertEquals(REQUIRES_IMPROVEMENT, r.overall());
        assertEquals("2 key questions are Requires improvement or worse, so overall is Requires improvement (2 or more"
                + " key questions Requires improvement make the overall rating Requires improvement).",
                r.overallRules().get(1));
    }

    @Test
    void aggregationOneInadequateAndOneRequiresImprovementMakeRequiresImprovement() {
        assertEquals(REQUIRES_IMPROVEMENT, rate(ratings(INADEQUATE, REQUIRES_IMPROVEMENT, GOOD, GOOD, GOOD)).overall());
    }

    @Test
    void aggregationOneInadequateWithOthersGoodMakesRequiresImprovement() {
        RatingResult r = rate(ratings(GOOD, GOOD, INADEQUATE, OUTSTANDING, OUTSTANDING));
        assertEquals(REQUIRES_IMPROVEMENT, r.overall());
        assertTrue(r.overallRules().get(1).startsWith("1 key question is Inadequate, so overall is Requires"
                + " improvement"), r.overallRules().toString());
    }

    @Test
    void aggregationTwoOutstandingAndTheRestGoodMakeOutstanding() {
        RatingResult r = rate(ratings(OUTSTANDING, GOOD, OUTSTANDING, GOOD, GOOD));
        assertEquals(OUTSTANDING, r.overall());
        assertEquals("2 key questions are Outstanding and the others Good, so overall is Outstanding (Outstanding"
                + " needs at least 2 Outstanding and none below Good).", r.overallRules().get(1));
        RatingResult all = rate(ratings(OUTSTANDING, OUTSTANDING, OUTSTANDING, OUTSTANDING, OUTSTANDING));
        assertEquals(OUTSTANDING, all.overall());
        assertEquals("All 5 key questions are Outstanding, so overall is Outstanding (Outstanding needs at least 2"
                + " Outstanding and none below Good).", all.overallRules().get(1));
    }

    @Test
    void aggregationOneOutstandingIsNotEnough() {
        RatingResult r = rate(ratings(OUTSTANDING, GOOD, GOOD, GOOD, GOOD));
        assertEquals(GOOD, r.overall());
        assertTrue(r.overallRules().get(1).contains("Outstanding would need at least 2 Outstanding"),
                r.overallRules().toString());
    }

    @Test
    void aggregationOutstandingNeedsNoneBelowGood() {
        RatingResult r = rate(ratings(OUTSTANDING, OUTSTANDING, OUTSTANDING, REQUIRES_IMPROVEMENT, GOOD));
        assertEquals(GOOD, r.overall());
        assertEquals("1 key question is Requires improvement and none is Inadequate, so overall is Good (Good allows"
                + " no Inadequate and at most 1 Requires improvement; Outstanding would need none below Good).",
                r.overallRules().get(1));
    }

    @Test
    void aggregationAllGoodIsGood() {
        RatingResult r = rate(ratings(GOOD, GOOD, GOOD, GOOD, GOOD));
        assertEquals(GOOD, r.overall());
        assertEquals("No key question is below Good, so overall is Good (Good allows no Inadequate and at most 1"
                + " Requires improvement).", r.overallRules().get(1));
    }

    @Test
    void aggregationThresholdsComeFromTheMethodology() {
        RatingRules strict = new RatingRules("S", "S", ScoringMethod.QUALITY_STATEMENT_SCORES, Bands.standard(), true,
                true, true, 1, 1, 3);
        assertEquals(INADEQUATE, RatingEngine.rate(strict, ratings(INADEQUATE, GOOD, GOOD, GOOD, GOOD), List.of(),
                List.of()).overall());
        assertEquals(REQUIRES_IMPROVEMENT, RatingEngine.rate(strict, ratings(REQUIRES_IMPROVEMENT, GOOD, GOOD, GOOD,
                GOOD), List.of(), List.of()).overall());
        assertEquals(GOOD, RatingEngine.rate(strict, ratings(OUTSTANDING, OUTSTANDING, GOOD, GOOD, GOOD), List.of(),
                List.of()).overall());
    }

    @Test
    void noOverallRatingWithoutAllFiveKeyQuestions() {
        RatingResult r = rate(ratings(GOOD, GOOD, GOOD));
        assertNull(r.overall());
        assertNull(r.ratingOf(KeyQuestion.RESPONSIVE));
        assertEquals("The overall rating needs a rating for each of the 5 key questions; Responsive and Well-led have"
                + " none, so there is no overall rating.", r.overallRules().get(0));
        assertEquals("No quality statement in Well-led has a score, so Well-led has no rating.",
                r.keyQuestion(KeyQuestion.WELL_LED).orElseThrow().rules().get(0));
    }

    @Test
    void overridesOfAKeyQuestionAndTheOverallAreShownAsProfessionalJudgement() {
        List<Override> overrides = List.of(
                new Override(KeyQuestion.CARING, OUTSTANDING, "people described exceptional kindness", "Ann", "Bob"),
                new Override(null, OUTSTANDING, "sustained improvement", "Ann", "Bob"));
        RatingResult r = RatingEngine.rate(DIRECT, ratings(OUTSTANDING, GOOD, GOOD, GOOD, GOOD), List.of(), overrides);
        KeyQuestionResult caring = r.keyQuestion(KeyQuestion.CARING).orElseThrow();
        assertEquals(OUTSTANDING, caring.rating());
        assertTrue(caring.overridden());
        assertEquals("Professional judgement: Caring is Outstanding instead of Good, because people described"
                + " exceptional kindness (proposed by Ann, approved by Bob).", caring.rules().get(1));
        assertEquals(OUTSTANDING, r.overall(), "2 Outstanding after the key question override");
        assertTrue(r.overallOverridden());
    }

    @Test
    void evidenceDatesSpanEveryCountedScore() {
        List<StatementInput> in = new ArrayList<>(ratings(GOOD, GOOD, GOOD, GOOD));
        in.add(StatementInput.scored("W1", "Shared direction", KeyQuestion.WELL_LED, 3, true, LocalDate.of(2021, 1, 5)));
        RatingResult r = rate(in);
        assertEquals(LocalDate.of(2021, 1, 5), r.oldestEvidence());
        assertEquals(Fixtures.DAY, r.latestEvidence());
        assertEquals(LocalDate.of(2021, 1, 5), r.keyQuestion(KeyQuestion.WELL_LED).orElseThrow().oldestEvidence());
    }

    @Test
    void partialAssessmentCombinesCarriedForwardWithNewScores() {
        List<StatementInput> in = new ArrayList<>(ratings(GOOD, GOOD, GOOD, GOOD));
        in.add(StatementInput.scored("W1", "Shared direction", KeyQuestion.WELL_LED, 2, false, Fixtures.DAY));
        in.add(StatementInput.scored("W2", "Capable leaders", KeyQuestion.WELL_LED, 3, true, LocalDate.of(2023, 2, 1)));
        KeyQuestionResult w = rate(in).keyQuestion(KeyQuestion.WELL_LED).orElseThrow();
        assertEquals(63, w.percent());
        assertEquals(GOOD, w.rating());
        assertTrue(w.statements().get(1).rule().contains("Carried forward"));
    }
}
