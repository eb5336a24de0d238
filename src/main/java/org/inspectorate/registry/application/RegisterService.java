package org.inspectorate.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.registry.domain.Location;
import org.inspectorate.registry.domain.LocationDetails;
import org.inspectorate.registry.persistence.LocationRepository;
import org.inspectorate.shared.domain.NotFound;

/** Changes to the register that staff make directly; each is audited with before and after values. */
@ApplicationScoped
public class RegisterService {

    @Inject
    LocationRepository locations;

    @Inject
    AuditLog audit;

    /**
     * Corrects a location's details. {@code expectedVersion} is the version the officer loaded: if someone
     * else saved in between, the change is refused rather than silently overwriting theirs.
     */
    @Transactional
    public void changeLocationDetails(String locationId, int expectedVersion, LocationDetails details) {
        Location location = locations.find(locationId).orElseThrow(() -> new NotFound("location", locationId));
        if (location.version() != expectedVersion) {
            throw new OptimisticLockException("Location " + locationId + " changed since it was loaded");
        }
        Map<String, Object> before = location.auditSnapshot();
        location.changeDetails(details);
        audit.record("LOCATION_DETAILS_CHANGED", "Location", locationId, before, location.auditSnapshot(), null);
    }
}
