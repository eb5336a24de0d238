package org.inspectorate.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Routing facts about locations, looked up one at a time or for a batch in two queries. */
@ApplicationScoped
public class LocationDirectory {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Transactional
    public Optional<LocationFacts> facts(String locationId) {
        return Optional.ofNullable(facts(List.of(locationId)).get(locationId));
    }

    @Transactional
    public Map<String, LocationFacts> facts(Collection<String> locationIds) {
        Map<String, LocationFacts> found = new HashMap<>();
        if (locationIds.isEmpty()) {
            return found;
        }
        // Scalars, not entities: nothing to hydrate, and nothing for the flush to check afterwards.
        List<Object[]> rows = em.createQuery("select l.id, l.name, l.provider.id, l.region from Location l"
                + " where l.id in :ids", Object[].class).setParameter("ids", locationIds).getResultList();
        Map<String, List<String>> types = new HashMap<>();
        // Straight from the collection table: joined to location, a generic plan scanned every row of it.
        List<?> typeRows = em.createNativeQuery("select location_id, service_type from location_service_type"
                + " where location_id in (:ids)").setParameter("ids", locationIds).getResultList();
        for (Object row : typeRows) {
            Object[] r = (Object[]) row;
            types.computeIfAbsent((String) r[0], k -> new java.util.ArrayList<>()).add((String) r[1]);
        }
        for (Object[] r : rows) {
            String id = (String) r[0];
            found.put(id, new LocationFacts(id, (String) r[1], (String) r[2], ((Enum<?>) r[3]).name(),
                    types.getOrDefault(id, List.of())));
        }
        return found;
    }
}
