package org.inspectorate.triage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskRulesTest {

    private final RiskRules rules = RiskRules.defaults();

    private static RiskInputs inputs(HarmLevel harm, boolean danger, boolean late, CurrentRating rating, long recent,
            long sameTheme) {
        return new RiskInputs("SERIOUS_INJURY", "Serious injury", 30, harm, danger, late, true, rating, recent, sameTheme);
    }

    @Test
    void eachRuleAddsItsPointsAndSaysSo() {
        RiskAssessment r = rules.assess(inputs(HarmLevel.SEVERE, false, true, CurrentRating.INADEQUATE, 2, 2));
        assertEquals(30 + 20 + 5 + 20 + 6 + 10, r.score());
        assertEquals(6, r.reasons().size());
        assertTrue(r.explanation().contains("repeat theme"), r.explanation());
        assertTrue(r.explanation().contains("location rated inadequate (+20)"), r.explanation());
    }

    @Test
    void recentItemsAreCappedAndAnUnratedLocationCountsAsUnknownRisk() {
        RiskAssessment r = rules.assess(inputs(null, false, false, null, 40, 0));
        assertEquals(30 + 5 + 15, r.score());
    }

    @Test
    void scoresStayBetweenZeroAndOneHundred() {
        assertEquals(100, rules.assess(inputs(HarmLevel.DEATH, true, true, CurrentRating.INADEQUATE, 10, 10)).score());
        RiskRules generous = new RiskRules(Map.of("SERIOUS_INJURY", -50), rules.harmPoints(), rules.ratingPoints(), 0,
                rules.recentWindow(), 3, 15, rules.repeatWindow(), 2, 10, 5, 30, Map.of(), Duration.ofDays(14));
        assertEquals(0, generous.assess(inputs(null, false, false, CurrentRating.OUTSTANDING, 0, 0)).score());
    }

    @Test
    void configurationOverridesTheSourcesDefaults() {
        RiskRules custom = new RiskRules(Map.of("SERIOUS_INJURY", 50), rules.harmPoints(), rules.ratingPoints(), 0,
                rules.recentWindow(), 3, 15, rules.repeatWindow(), 2, 10, 5, 30,
                Map.of("SERIOUS_INJURY", Duration.ofHours(6)), Duration.ofDays(14));
        assertEquals(50, custom.assess(inputs(null, false, false, CurrentRating.GOOD, 0, 0)).score());
        assertEquals(Duration.ofHours(6), custom.dueWithin("SERIOUS_INJURY", Duration.ofDays(1)));
        assertEquals(Duration.ofDays(1), custom.dueWithin("DEATH_OF_SERVICE_USER", Duration.ofDays(1)));
    }

    @Test
    void itemsWithoutALocationIgnoreLocationRules() {
        RiskAssessment r = rules.assess(new RiskInputs("FEEDBACK", "Feedback on care", 15, null, true, false, false,
                null, 0, 0));
        assertEquals(45, r.score());
    }

    @Test
    void severeHarmADeathOrDangerNowIsSeriousWhateverTheScore() {
        RiskRules quiet = new RiskRules(java.util.Map.of("SERIOUS_INJURY", 0), java.util.Map.of(), java.util.Map.of(),
                0, java.time.Duration.ofDays(90), 0, 0, java.time.Duration.ofDays(365), 0, 0, 0, 0, java.util.Map.of(),
                java.time.Duration.ofDays(14));
        org.junit.jupiter.api.Assertions.assertTrue(quiet.assess(inputs(HarmLevel.DEATH, false, false, null, 0, 0))
                .serious());
        org.junit.jupiter.api.Assertions.assertTrue(quiet.assess(inputs(HarmLevel.SEVERE, false, false, null, 0, 0))
                .serious());
        org.junit.jupiter.api.Assertions.assertTrue(quiet.assess(inputs(null, true, false, null, 0, 0)).serious());
        org.junit.jupiter.api.Assertions.assertFalse(quiet.assess(inputs(HarmLevel.MODERATE, false, false, null, 0, 0))
                .serious());
    }
}
