package org.inspectorate.triage.domain;

/**
 * What the risk rules look at for one item. {@code defaultWeight} is the weight its source gives the
 * category unless configuration overrides it; {@code recentAtLocation} and {@code sameThemeAtLocation}
 * count earlier items at the same location within the rules' windows.
 */
public record RiskInputs(String category, String categoryLabel, int defaultWeight, HarmLevel harm,
        boolean immediateDanger, boolean late, boolean hasLocation, CurrentRating rating, long recentAtLocation,
        long sameThemeAtLocation) {
}
