package org.inspectorate.rating.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.inspectorate.rating.domain.KeyQuestion;
import org.inspectorate.rating.domain.Rating;
import org.inspectorate.rating.application.RatingQueries;
import org.inspectorate.rating.persistence.RatingRow;
import org.inspectorate.registry.domain.OrganisationId;

/** The current ratings shown on a location page (the page's request parameter {@code id}), with the evidence dates. */
@Named
@RequestScoped
public class RatingSummaryView {

    @Inject
    RatingQueries ratings;

    private Summary summary;
    private boolean loaded;

    public record Line(String label, String rating, String ratingLabel) implements java.io.Serializable {
    }

    public record Summary(String locationId, String overall, String overallLabel, List<Line> keyQuestions,
            LocalDate oldestEvidence, LocalDate latestEvidence, Instant publishedAt, String methodologyCode)
            implements java.io.Serializable {
    }

    public Summary getSummary() {
        if (!loaded) {
            loaded = true;
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            if (id != null && OrganisationId.isValid(id)) {
                summary = ratings.current(id).map(RatingSummaryView::summary).orElse(null);
            }
        }
        return summary;
    }

    static Summary summary(RatingRow r) {
        List<Line> lines = new ArrayList<>();
        KeyQuestion[] kqs = KeyQuestion.values();
        for (int i = 0; i < kqs.length; i++) {
            lines.add(new Line(kqs[i].label(), css(r.ratings()[i + 1]), label(r.ratings()[i + 1])));
        }
        return new Summary(r.locationId(), css(r.ratings()[0]), label(r.ratings()[0]), lines, r.oldestEvidence(),
                r.latestEvidence(), r.publishedAt(), r.methodologyCode());
    }

    static String label(String rating) {
        return rating == null ? "No rating" : Rating.valueOf(rating).label();
    }

    static String css(String rating) {
        return rating == null ? "NONE" : rating;
    }
}
