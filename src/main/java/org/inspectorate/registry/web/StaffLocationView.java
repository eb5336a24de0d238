package org.inspectorate.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.inspectorate.registry.application.LocationRecord;
import org.inspectorate.registry.application.RegisterQueries;

/** The staff page of a location: everything the register holds, the read audited. */
@Named
@ViewScoped
public class StaffLocationView extends LocationPage {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterQueries register;

    @Override
    protected Optional<LocationRecord> find(String locationId) {
        return register.staffLocation(locationId);
    }
}
