package org.inspectorate.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.inspectorate.registry.application.LocationRecord;
import org.inspectorate.registry.application.RegisterQueries;

/** The public page of a location: what the public register shows, no personal contact details. */
@Named
@ViewScoped
public class PublicLocationView extends LocationPage {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterQueries register;

    @Override
    protected Optional<LocationRecord> find(String locationId) {
        return register.publicLocation(locationId);
    }
}
