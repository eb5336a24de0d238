package org.inspectorate.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.inspectorate.registry.application.LocationRecord;
import org.inspectorate.registry.application.PortalRegisterQueries;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.NotFound;

/** A provider user's page for one of their organisation's locations; any other id is a 404 (and audited). */
@Named
@ViewScoped
public class PortalLocationView extends LocationPage {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalRegisterQueries portal;

    /** Set when the location is the organisation's but not one this user works with or covers. */
    private boolean forbidden;

    @Override
    protected boolean refusedAsForbidden() {
        return forbidden;
    }

    @Override
    protected Optional<LocationRecord> find(String locationId) {
        try {
            return portal.location(locationId);
        } catch (NotFound e) {
            return Optional.empty();
        } catch (Forbidden e) {
            forbidden = true;
            return Optional.empty();
        }
    }
}
