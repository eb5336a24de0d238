package org.inspectorate.rating.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.inspectorate.rating.application.Explanation;
import org.inspectorate.rating.application.RatingQueries;
import org.inspectorate.registry.application.LocationDirectory;
import org.inspectorate.registry.domain.OrganisationId;
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
    private java.util.List<RatingSummaryView.Summary> history = java.util.List.of();

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
        if ("staff".equals(area)) {
            history = ratings.history(id).stream().map(RatingSummaryView::summary).toList();
        }
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

    /** Every rating published for the location, newest first (staff only): superseded ones stay on record. */
    public java.util.List<RatingSummaryView.Summary> getHistory() {
        return history;
    }

    public Explanation getExplanation() {
        return explanation;
    }
}
