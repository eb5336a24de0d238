package org.inspectorate.triage.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.inspectorate.registry.application.LocationRecord;
import org.inspectorate.registry.application.RegisterQueries;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.shared.web.PagedLazyModel;
import org.inspectorate.shared.web.Pages;
import org.inspectorate.triage.application.QueueRow;
import org.inspectorate.triage.application.TriageQueries;

/** Everything the regulator has been told about one location, newest first, open and closed. */
@Named
@ViewScoped
public class LocationTimelineView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TriageQueries queries;

    @Inject
    RegisterQueries register;

    private String id;
    private LocationRecord location;
    private PagedLazyModel<QueueRow> rows;

    public void load() {
        location = OrganisationId.isValid(id) ? register.publicLocation(id).orElse(null) : null;
        if (location == null) {
            Pages.notFound();
            return;
        }
        String locationId = id;
        rows = new PagedLazyModel<>(() -> queries.timelineCount(locationId),
                page -> queries.timelineList(locationId, page), r -> String.valueOf(r.id()));
    }

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public LocationRecord getLocation() { return location; }
    public PagedLazyModel<QueueRow> getRows() { return rows; }
}
