package org.inspectorate.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.inspectorate.report.application.PublishedRecord;
import org.inspectorate.report.application.ReportQueries;
import org.inspectorate.report.application.ReportSummary;

/**
 * The reports panel of a location's pages (public, staff, portal): it reads the location id from the request
 * parameter {@code id}, leaving the page's own bean alone.
 */
@Named
@RequestScoped
public class LocationReportsView {

    @Inject
    ReportQueries queries;

    private List<PublishedRecord> published;
    private List<ReportSummary> all;

    private String locationId() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        return id == null ? "" : id.strip();
    }

    public List<PublishedRecord> getPublished() {
        if (published == null) {
            published = queries.published(locationId());
        }
        return published;
    }

    /** Every report of the location, for staff. */
    public List<ReportSummary> getAll() {
        if (all == null) {
            all = queries.atLocation(locationId());
        }
        return all;
    }

    public String getLocationId() {
        return locationId();
    }
}
