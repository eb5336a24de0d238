package org.inspectorate.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.inspectorate.registry.application.LocationDirectory;
import org.inspectorate.registry.application.LocationFacts;
import org.inspectorate.report.application.ReportQueries;
import org.inspectorate.report.domain.ReportPublication;
import org.inspectorate.shared.web.Pages;

/** A published report for everyone, as HTML, with its date and a link to the PDF. */
@Named
@RequestScoped
public class PublicReportView {

    @Inject
    ReportQueries queries;

    @Inject
    LocationDirectory locations;

    private Long id;
    private ReportPublication publication;
    private LocationFacts location;

    public void load() {
        publication = id == null ? null : queries.publication(id).orElse(null);
        if (publication == null) {
            Pages.notFound();
            return;
        }
        location = locations.facts(publication.locationId()).orElse(null);
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public ReportPublication getPublication() { return publication; }
    public LocationFacts getLocation() { return location; }
}
