package org.inspectorate.planning.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.inspectorate.rating.application.RatingQueries;

/**
 * A current rating's date for planning: the day its report was published (or, before that, the day the rating
 * was published), from the ratings context. Replaces {@link NoRatingDates}.
 */
@ApplicationScoped
@Alternative
@Priority(100)
public class PublishedRatingDates implements RatingDates {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    RatingQueries ratings;

    /** The Safe key question's rating (the first key question after the overall rating). */
    @Override
    public Optional<org.inspectorate.triage.domain.CurrentRating> safe(String locationId) {
        return ratings.current(locationId).map(r -> r.ratings()[1 + org.inspectorate.rating.domain.KeyQuestion.SAFE
                .ordinal()]).map(org.inspectorate.triage.domain.CurrentRating::valueOf);
    }

    @Override
    public Optional<LocalDate> ratedOn(String locationId) {
        return ratings.current(locationId).map(r -> LocalDate.ofInstant(r.reportPublishedAt() != null
                ? r.reportPublishedAt() : r.publishedAt(), UK));
    }
}
