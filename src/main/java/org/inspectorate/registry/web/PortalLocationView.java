package org.inspectorate.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.inspectorate.registry.application.LocationRecord;
import org.inspectorate.registry.application.RegisterQueries;

/** A provider user's page for one of their organisation's locations; any other id is a 404 (and audited). */
@Named
@ViewScoped
public class PortalLocationView extends LocationPage {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterQueries register;

    @Override
    protected Optional<LocationRecord> find(String locationId) {
        return register.portalLocation(locationId);
    }
}
