package org.inspectorate.registry.web;

import java.io.Serializable;
import java.util.Optional;
import org.inspectorate.registry.application.LocationRecord;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.shared.web.Pages;

/** A page about one location, chosen by the {@code id} query parameter; unknown or malformed ids give 404. */
abstract class LocationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private LocationRecord location;

    public void load() {
        Optional<LocationRecord> found = OrganisationId.isValid(id) ? find(id) : Optional.empty();
        if (found.isEmpty()) {
            if (refusedAsForbidden()) {
                Pages.forbidden();
            } else {
                Pages.notFound();
            }
            return;
        }
        location = found.get();
    }

    protected abstract Optional<LocationRecord> find(String locationId);

    /** True when the last {@link #find} was refused because the caller may not see it (403, not 404). */
    protected boolean refusedAsForbidden() {
        return false;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LocationRecord getLocation() {
        return location;
    }
}
