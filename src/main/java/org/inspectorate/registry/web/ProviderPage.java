package org.inspectorate.registry.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;
import org.inspectorate.registry.application.LocationSummary;
import org.inspectorate.registry.application.ProviderRecord;
import org.inspectorate.registry.application.RegisterQueries;
import org.inspectorate.registry.domain.LocationSearch;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.shared.web.PagedLazyModel;
import org.inspectorate.shared.web.Pages;

/** A page about one provider with its locations paged in the database. */
abstract class ProviderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterQueries register;

    private String id;
    private ProviderRecord provider;
    private PagedLazyModel<LocationSummary> locations;

    public void load() {
        Optional<ProviderRecord> found = OrganisationId.isValid(id) ? find(id) : Optional.empty();
        if (found.isEmpty()) {
            Pages.notFound();
            return;
        }
        provider = found.get();
        LocationSearch search = LocationSearch.ofProvider(id);
        locations = new PagedLazyModel<>(() -> register.countLocations(search),
                page -> register.listLocations(search, page), LocationSummary::id);
    }

    protected abstract Optional<ProviderRecord> find(String providerId);

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ProviderRecord getProvider() {
        return provider;
    }

    public PagedLazyModel<LocationSummary> getLocations() {
        return locations;
    }
}
