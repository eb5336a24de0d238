package org.inspectorate.triage.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The risk and due-time rules of triage (documented in README.md, "Triage risk rules"). A score is the sum
 * of: the category's weight; points for the harm reported; points for the location's current rating (or
 * for having none); points per recent item at the location, up to a cap; points when the same theme has
 * come up repeatedly there; points when a notification was late; and points when someone says a person is
 * in danger now. The sum is kept between 0 and 100. Every weight can be changed by configuration.
 */
public record RiskRules(Map<String, Integer> categoryWeights, Map<HarmLevel, Integer> harmPoints,
        Map<CurrentRating, Integer> ratingPoints, int unratedPoints, Duration recentWindow, int recentPoints,
        int recentCap, Duration repeatWindow, int repeatThreshold, int repeatPoints, int latePoints,
        int immediateDangerPoints, Map<String, Duration> dueOverrides, Duration informationWait) {

    public RiskRules {
        categoryWeights = Map.copyOf(categoryWeights);
        harmPoints = Map.copyOf(harmPoints);
        ratingPoints = Map.copyOf(ratingPoints);
        dueOverrides = Map.copyOf(dueOverrides);
    }

    /** The rules as shipped, before any configuration. */
    public static RiskRules defaults() {
        Map<HarmLevel, Integer> harm = new EnumMap<>(HarmLevel.class);
        harm.put(HarmLevel.NO_HARM, 0);
        harm.put(HarmLevel.LOW, 5);
        harm.put(HarmLevel.MODERATE, 12);
        harm.put(HarmLevel.SEVERE, 20);
        harm.put(HarmLevel.DEATH, 25);
        Map<CurrentRating, Integer> rating = new EnumMap<>(CurrentRating.class);
        rating.put(CurrentRating.OUTSTANDING, -5);
        rating.put(CurrentRating.GOOD, 0);
        rating.put(CurrentRating.REQUIRES_IMPROVEMENT, 10);
        rating.put(CurrentRating.INADEQUATE, 20);
        return new RiskRules(Map.of(), harm, rating, 5, Duration.ofDays(90), 3, 15, Duration.ofDays(365), 2, 10, 5,
                30, Map.of(), Duration.ofDays(14));
    }

    public int weightOf(String category, int defaultWeight) {
        return categoryWeights.getOrDefault(category, defaultWeight);
    }

    public Duration dueWithin(String category, Duration defaultDue) {
        return dueOverrides.getOrDefault(category, defaultDue);
    }

    public RiskAssessment assess(RiskInputs in) {
        List<String> reasons = new ArrayList<>();
        int score = 0;
        int weight = weightOf(in.category(), in.defaultWeight());
        score += weight;
        reasons.add(in.categoryLabel() + " " + signed(weight));
        if (in.harm() != null) {
            int p = harmPoints.getOrDefault(in.harm(), 0);
            score += p;
            reasons.add("harm reported: " + in.harm().label().toLowerCase(java.util.Locale.ROOT) + " " + signed(p));
        }
        if (in.immediateDanger()) {
            score += immediateDangerPoints;
            reasons.add("someone may be in danger now " + signed(immediateDangerPoints));
        }
        if (in.late()) {
            score += latePoints;
            reasons.add("notified later than the law requires " + signed(latePoints));
        }
        if (in.hasLocation()) {
            int r = in.rating() == null ? unratedPoints : ratingPoints.getOrDefault(in.rating(), 0);
            score += r;
            reasons.add((in.rating() == null ? "location not yet rated"
                    : "location rated " + in.rating().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT))
                    + " " + signed(r));
            if (in.recentAtLocation() > 0) {
                int p = (int) Math.min(recentCap, in.recentAtLocation() * recentPoints);
                score += p;
                reasons.add(in.recentAtLocation() + " other item(s) at this location in the last "
                        + recentWindow.toDays() + " days " + signed(p));
            }
            if (in.sameThemeAtLocation() >= repeatThreshold) {
                score += repeatPoints;
                reasons.add("repeat theme: " + in.sameThemeAtLocation() + " earlier item(s) on the same theme in the last "
                        + repeatWindow.toDays() + " days " + signed(repeatPoints));
            }
        }
        int bounded = Math.max(0, Math.min(100, score));
        boolean serious = bounded >= RiskAssessment.SERIOUS_SCORE || in.immediateDanger()
                || in.harm() == HarmLevel.SEVERE || in.harm() == HarmLevel.DEATH;
        return new RiskAssessment(bounded, reasons, serious);
    }

    private static String signed(int points) {
        return "(" + (points >= 0 ? "+" : "") + points + ")";
    }
}
