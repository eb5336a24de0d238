package org.inspectorate.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.inspectorate.triage.domain.CurrentRating;

/** Until ratings exist, no location has one: the risk rules then add the "not yet rated" points. */
@ApplicationScoped
public class NoRatings implements RatingLookup {

    @Override
    public Optional<CurrentRating> currentRating(String locationId) {
        return Optional.empty();
    }
}
