package org.inspectorate.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

/** Until the ratings context says when ratings were given, their age is unknown. */
@ApplicationScoped
public class NoRatingDates implements RatingDates {

    @Override
    public Optional<LocalDate> ratedOn(String locationId) {
        return Optional.empty();
    }
}
