package org.inspectorate.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.inspectorate.registry.application.ProviderSummary;
import org.inspectorate.registry.application.RegisterQueries;
import org.inspectorate.registry.domain.ProviderSearch;
import org.inspectorate.registry.domain.ProviderType;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.registry.domain.RegistrationStatus;
import org.inspectorate.shared.web.PagedLazyModel;

/** Searching providers on the staff screens; results page in the database. */
@Named
@ViewScoped
public class ProviderSearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterQueries register;

    private String q;
    private Region region;
    private ProviderType type;
    private RegistrationStatus status;
    private PagedLazyModel<ProviderSummary> results;

    /** Reloads the page with the filters in its address, so the search can be bookmarked. */
    public String search() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }

    public PagedLazyModel<ProviderSummary> getResults() {
        if (results == null) {
            ProviderSearch search = new ProviderSearch(q == null ? null : q.strip(), region, type, status);
            results = new PagedLazyModel<>(() -> register.countProviders(search),
                    page -> register.listProviders(search, page), ProviderSummary::id);
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

    public ProviderType getType() {
        return type;
    }

    public void setType(ProviderType type) {
        this.type = type;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public void setStatus(RegistrationStatus status) {
        this.status = status;
    }
}
