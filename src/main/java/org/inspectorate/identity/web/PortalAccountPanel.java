package org.inspectorate.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.identity.application.TeamQueries;
import org.inspectorate.registry.application.LocationSummary;
import org.inspectorate.registry.application.RegisterLookups;
import org.inspectorate.shared.web.PagedLazyModel;

/**
 * The account side of the portal's start page: a warning when the organisation has only one active
 * administrator, and, for location managers and contributors, the locations they work with or cover.
 */
@Named
@ViewScoped
public class PortalAccountPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamQueries team;

    @Inject
    ProviderAccess access;

    @Inject
    RegisterLookups register;

    private long administrators;
    private boolean scoped;
    private PagedLazyModel<LocationSummary> myLocations;

    @PostConstruct
    void init() {
        administrators = team.activeAdministrators();
        var scope = access.locationScope();
        scoped = scope.isPresent();
        List<String> ids = scope.orElse(Set.of()).stream().sorted().toList();
        myLocations = new PagedLazyModel<>(ids::size,
                page -> register.locations(ids.subList(Math.min(page.offset(), ids.size()),
                        Math.min(page.offset() + page.size(), ids.size()))),
                LocationSummary::id);
    }

    public long getAdministrators() {
        return administrators;
    }

    public boolean isScoped() {
        return scoped;
    }

    public PagedLazyModel<LocationSummary> getMyLocations() {
        return myLocations;
    }
}
