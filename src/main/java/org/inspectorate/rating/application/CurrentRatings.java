package org.inspectorate.rating.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.Optional;
import org.inspectorate.rating.persistence.RatingStore;
import org.inspectorate.triage.application.RatingLookup;
import org.inspectorate.triage.domain.CurrentRating;

/** Serves triage's risk rules from the current published ratings, in place of triage's default "no ratings". */
@ApplicationScoped
@Alternative
@Priority(100)
public class CurrentRatings implements RatingLookup {

    @Inject
    RatingStore store;

    @Override
    public Optional<CurrentRating> currentRating(String locationId) {
        return store.currentOverall(locationId).map(CurrentRating::valueOf);
    }

    @Override
    public java.util.Map<String, CurrentRating> currentRatings(java.util.Collection<String> locationIds) {
        java.util.Map<String, CurrentRating> rated = new java.util.HashMap<>();
        store.currentOverall(locationIds).forEach((l, overall) -> rated.put(l, CurrentRating.valueOf(overall)));
        return rated;
    }
}
