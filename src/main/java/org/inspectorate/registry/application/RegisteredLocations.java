package org.inspectorate.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inspectorate.shared.time.SqlDays;

/**
 * Registered locations in id order, a chunk at a time (keyset paging: each chunk is one index range read), with
 * what planning needs: name, provider, region, kinds of service and registration date.
 */
@ApplicationScoped
public class RegisteredLocations {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public record RegisteredLocation(String id, String name, String providerId, String region,
            List<String> serviceTypes, LocalDate registeredOn) {
    }

    /** Up to {@code limit} registered locations whose id comes after {@code afterId} (null: from the start). */
    @Transactional
    public List<RegisteredLocation> after(String afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name, provider_id, region, registration_date from location"
                + " where registration_status = 'REGISTERED' and id > ?1 order by id limit ?2")
                .setParameter(1, afterId == null ? "" : afterId).setParameter(2, limit).getResultList();
        return withTypes(rows);
    }

    /** These locations, if registered. */
    @Transactional
    public List<RegisteredLocation> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name, provider_id, region, registration_date from location"
                + " where registration_status = 'REGISTERED' and id = any(cast(?1 as varchar[])) order by id")
                .setParameter(1, ids.toArray(new String[0])).getResultList();
        return withTypes(rows);
    }

    private List<RegisteredLocation> withTypes(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        String[] ids = rows.stream().map(r -> (String) r[0]).toArray(String[]::new);
        Map<String, List<String>> types = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> typeRows = em.createNativeQuery("select location_id, service_type from location_service_type"
                + " where location_id = any(cast(?1 as varchar[]))").setParameter(1, ids).getResultList();
        typeRows.forEach(t -> types.computeIfAbsent((String) t[0], k -> new ArrayList<>()).add((String) t[1]));
        return rows.stream().map(r -> new RegisteredLocation((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                types.getOrDefault((String) r[0], List.of()), SqlDays.day(r[4]))).toList();
    }

}
