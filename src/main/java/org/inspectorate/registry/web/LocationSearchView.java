package org.inspectorate.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.inspectorate.registry.application.LocationSummary;
import org.inspectorate.registry.application.RegisterQueries;
import org.inspectorate.registry.domain.LocationSearch;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.registry.domain.RegistrationStatus;
import org.inspectorate.registry.domain.RegulatedActivity;
import org.inspectorate.registry.domain.ServiceType;
import org.inspectorate.shared.web.PagedLazyModel;

/**
 * Searching locations, on the staff and public screens alike (only public fields are listed). Filters
 * arrive as query parameters, so a search can be bookmarked and shared; results page in the database.
 */
@Named
@ViewScoped
public class LocationSearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterQueries register;

    private String q;
    private Region region;
    private ServiceType serviceType;
    private RegulatedActivity activity;
    private RegistrationStatus status;
    private PagedLazyModel<LocationSummary> results;

    /** Reloads the page with the filters in its address, so the search can be bookmarked. */
    public String search() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }

    public PagedLazyModel<LocationSummary> getResults() {
        if (results == null) {
            LocationSearch search = new LocationSearch(q == null ? null : q.strip(), region, serviceType, activity,
                    status, null, null);
            results = new PagedLazyModel<>(() -> register.countLocations(search),
                    page -> register.listLocations(search, page), LocationSummary::id);
        }
        return results;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.length() <= 200 ? q : q.substring(0, 200);
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public void setServiceType(ServiceType serviceType) {
        this.serviceType = serviceType;
    }

    public RegulatedActivity getActivity() {
        return activity;
    }

    public void setActivity(RegulatedActivity activity) {
        this.activity = activity;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public void setStatus(RegistrationStatus status) {
        this.status = status;
    }
}
