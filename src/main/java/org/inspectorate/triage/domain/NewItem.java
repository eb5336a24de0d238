package org.inspectorate.triage.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * What a source hands to triage when something arrives. {@code defaultWeight} and {@code defaultDue} are the
 * source's defaults for the category (its statutory time limit turned into a triage due time); configuration
 * may override both. The location fields are null for a concern that names no known location.
 */
public record NewItem(SourceKind sourceKind, long sourceId, String reference, String category, String categoryLabel,
        Theme theme, String summary, String locationId, String locationName, String providerId, Team team,
        String region, Instant receivedAt, int defaultWeight, Duration defaultDue, HarmLevel harm,
        boolean immediateDanger, boolean late) {
}
