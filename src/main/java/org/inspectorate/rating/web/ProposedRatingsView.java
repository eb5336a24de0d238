package org.inspectorate.rating.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.inspectorate.rating.application.ProposedRatings;
import org.inspectorate.rating.application.RatingQueries;

/** The ratings an approved assessment proposes, for the staff assessment page; looked up once per request. */
@Named
@RequestScoped
public class ProposedRatingsView {

    @Inject
    RatingQueries ratings;

    private final Map<Long, Optional<ProposedRatings>> found = new HashMap<>();

    /** The proposal of this assessment, or null before approval. */
    public ProposedRatings of(Long assessmentId) {
        if (assessmentId == null) {
            return null;
        }
        return found.computeIfAbsent(assessmentId, ratings::proposal).orElse(null);
    }
}
