package org.inspectorate.rating.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspectorate.rating.application.Explanation;
import org.inspectorate.rating.application.RatingQueries;
import org.inspectorate.registry.application.LocationDirectory;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.report.application.ReportQueries;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.web.Pages;

/**
 * The explanation page of a location's current ratings: staff and the location's provider see the evidence items;
 * the public page shows the ratings, the dates of the evidence and the working.
 */
@Named
@ViewScoped
public class RatingExplanationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RatingQueries ratings;

    @Inject
    LocationDirectory locations;

    private String id;
    private String locationName;
    private Explanation explanation;
    private List<HistoryLine> history = List.of();

    @Inject
    ReportQueries reports;

    /**
     * One rating published for the location: why it was published (APPROVAL, REPORT, RECOMPUTE, WITHDRAWAL), when
     * its report came out and the report's publication, while it is not withdrawn.
     */
    public record HistoryLine(RatingSummaryView.Summary rating, String cause, Instant reportPublishedAt,
            Long publicationId, boolean current) implements Serializable {
    }

    public void loadStaff() {
        load("staff");
    }

    public void loadPortal() {
        load("portal");
    }

    public void loadPublic() {
        load("public");
    }

    private void load(String area) {
        if (id == null || !OrganisationId.isValid(id)) {
            Pages.notFound();
            return;
        }
        try {
            explanation = switch (area) {
                case "staff" -> ratings.forStaff(id).orElse(null);
                case "portal" -> ratings.forProvider(id).orElse(null);
                default -> ratings.forPublic(id).orElse(null);
            };
        } catch (NotFound e) {
            Pages.notFound();
            return;
        }
        Map<Long, Optional<Long>> publications = new HashMap<>();
        history = ratings.history(id).stream().map(r -> new HistoryLine(RatingSummaryView.summary(r), r.cause(),
                r.reportPublishedAt(), r.reportId() == null ? null
                        : publications.computeIfAbsent(r.reportId(), reports::currentPublicationId).orElse(null),
                r.current())).toList();
        locationName = locations.facts(id).map(f -> f.name()).orElse(null);
        if (locationName == null) {
            Pages.notFound();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getLocationName() {
        return locationName;
    }

    /** Every rating published for the location, newest first: superseded ones stay on record. */
    public List<HistoryLine> getHistory() {
        return history;
    }

    public Explanation getExplanation() {
        return explanation;
    }
}
