package org.inspectorate.triage.application;

import java.util.Optional;
import org.inspectorate.triage.domain.CurrentRating;

/**
 * The seam to the ratings context: a location's current overall rating, one input of the risk rules. The
 * default implementation ({@link NoRatings}) answers "no rating" for every location; the ratings context
 * replaces it by providing an implementation annotated {@code @Alternative @Priority(...)}.
 */
public interface RatingLookup {

    Optional<CurrentRating> currentRating(String locationId);

    /** The current ratings of those of these locations that have one, by location id. */
    default java.util.Map<String, CurrentRating> currentRatings(java.util.Collection<String> locationIds) {
        java.util.Map<String, CurrentRating> rated = new java.util.HashMap<>();
        locationIds.forEach(l -> currentRating(l).ifPresent(r -> rated.put(l, r)));
        return rated;
    }
}
