package org.inspectorate.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.registry.domain.Location;
import org.inspectorate.registry.domain.RegistrationCondition;
import org.inspectorate.registry.persistence.LocationRepository;
import org.inspectorate.shared.domain.NotFound;

/**
 * Changes to the register that follow from enforcement decisions once they take effect: a condition imposed
 * on a provider or one of its locations, and a location deregistered after its cancellation. Each change is
 * audited, naming the decision that made it, in the caller's transaction.
 */
@ApplicationScoped
public class RegisterEnforcementChanges {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Inject
    LocationRepository locations;

    @Inject
    AuditLog audit;

    @Inject
    org.inspectorate.registry.persistence.PeopleRepository people;

    /** Adds a condition of registration from {@code on}; returns its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long imposeCondition(String providerId, String locationId, String text, LocalDate on, String because) {
        if (locationId != null) {
            Location l = locations.find(locationId).orElseThrow(() -> new NotFound("location", locationId));
            if (!l.providerId().equals(providerId)) {
                throw new IllegalArgumentException("Location " + locationId + " is not run by " + providerId);
            }
        }
        RegistrationCondition c = new RegistrationCondition(providerId, locationId, text, on);
        em.persist(c);
        em.flush();
        audit.record("REGISTRATION_CONDITION_IMPOSED", "Location", locationId == null ? providerId : locationId, null,
                Map.of("providerId", providerId, "text", text, "imposedOn", on.toString()), because);
        return c.id();
    }

    /** Takes a location off the register from {@code on}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deregisterLocation(String locationId, LocalDate on, String because) {
        Location l = locations.find(locationId).orElseThrow(() -> new NotFound("location", locationId));
        Map<String, Object> before = l.auditSnapshot();
        l.deregister(on);
        Map<String, Object> after = new java.util.LinkedHashMap<>(l.auditSnapshot());
        var ended = l.managers(people.currentManagersAt(locationId)).cancelAll(on);
        if (!ended.isEmpty()) {
            before.put("registeredManagers", ended.stream().map(m -> m.person().fullName()).toList());
            after.put("registeredManagers", java.util.List.of());
        }
        audit.record("LOCATION_DEREGISTERED", "Location", locationId, before, after, because);
    }
}
