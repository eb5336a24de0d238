package org.inspectorate.planning.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.inspectorate.triage.domain.CurrentRating;

/**
 * What is known about a location, from every context: its current rating and when it was given, notifications and
 * concerns (how many in 90 days, how many serious in 30 days, the latest), open enforcement cases, special
 * measures, when it was registered, and the last assessment started.
 */
public record RiskSignals(String locationId, LocalDate registeredOn, CurrentRating rating, LocalDate ratedOn,
        long itemsLast90Days, long seriousLast30Days, Instant latestItemAt, long openCases,
        LocalDate specialMeasuresSince, LocalDate lastAssessmentStartedOn, CurrentRating safeRating) {

    /** Without a Safe rating known. */
    public RiskSignals(String locationId, LocalDate registeredOn, CurrentRating rating, LocalDate ratedOn,
            long itemsLast90Days, long seriousLast30Days, Instant latestItemAt, long openCases,
            LocalDate specialMeasuresSince, LocalDate lastAssessmentStartedOn) {
        this(locationId, registeredOn, rating, ratedOn, itemsLast90Days, seriousLast30Days, latestItemAt, openCases,
                specialMeasuresSince, lastAssessmentStartedOn, null);
    }
}
