package org.inspectorate.planning.application;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The seam to the ratings context for planning: the date a location's current rating was given (its age is a
 * risk signal, and an Inadequate rating starts the 6-month re-inspection clock). The default ({@link
 * NoRatingDates}) knows none; the ratings context replaces it with an {@code @Alternative @Priority(...)} bean.
 */
public interface RatingDates {

    Optional<LocalDate> ratedOn(String locationId);

    /** The current rating of the Safe key question, when known. */
    default Optional<org.inspectorate.triage.domain.CurrentRating> safe(String locationId) {
        return Optional.empty();
    }
}
