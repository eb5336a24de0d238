package org.inspectorate.registry.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspectorate.registry.domain.Location;
import org.inspectorate.registry.domain.LocationSearch;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;

@ApplicationScoped
public class LocationRepository {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public Optional<Location> find(String id) {
        return Optional.ofNullable(em.find(Location.class, id));
    }

    /** The provider of each of these locations that exists, by location id, in one query. */
    public java.util.Map<String, String> providersOf(java.util.Collection<String> ids) {
        java.util.Map<String, String> owners = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return owners;
        }
        em.createQuery("select l.id, l.provider.id from Location l where l.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> owners.put((String) r[0], (String) r[1]));
        return owners;
    }

    /** The location with its provider, activities and service description loaded. */
    public Optional<Location> findWithDetails(String id) {
        List<Location> found = em.createQuery("select distinct l from Location l join fetch l.provider"
                + " left join fetch l.activities where l.id = :id", Location.class)
                .setParameter("id", id)
                .getResultList();
        found.forEach(l -> {
            l.serviceTypes();
            l.specialisms();
        });
        return found.stream().findFirst();
    }

    public Page<Location> search(LocationSearch search, PageRequest page) {
        return new Page<>(list(search, page), count(search), page);
    }

    public List<Location> list(LocationSearch search, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Location> query = em.createQuery("select l" + from(search, params) + " order by " + order(search),
                Location.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long count(LocationSearch search) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("select count(l)" + from(search, params), Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private static String from(LocationSearch search, Map<String, Object> params) {
        return " from Location l" + joins(search, params) + " where 1 = 1" + conditions(search, params);
    }

    /** Each location has at most one row per service type and per activity, so these joins cannot duplicate. */
    private static String joins(LocationSearch s, Map<String, Object> params) {
        StringBuilder joins = new StringBuilder();
        if (s.serviceType() != null) {
            joins.append(" join l.serviceTypes st");
            params.put("serviceType", s.serviceType());
        }
        if (s.activity() != null) {
            joins.append(" join l.activities act");
            params.put("activity", s.activity());
        }
        return joins.toString();
    }

    private static String conditions(LocationSearch s, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (s.serviceType() != null) {
            where.append(" and st = :serviceType");
        }
        if (s.activity() != null) {
            where.append(" and act.activity = :activity");
        }
        if (s.text() != null && !s.text().isBlank()) {
            where.append(TextFilter.condition("l", s.text(), params));
        }
        if (s.region() != null) {
            where.append(" and l.region = :region");
            params.put("region", s.region());
        }
        if (s.status() != null) {
            where.append(" and l.status = :status");
            params.put("status", s.status());
        }
        if (s.providerId() != null) {
            where.append(" and l.provider.id = :providerId");
            params.put("providerId", s.providerId());
        }
        return where.toString();
    }

    private static String order(LocationSearch s) {
        return switch (s.sort()) {
            case NAME -> "l.name, l.id";
            case POSTCODE -> "l.address.postcodeKey, l.id";
            case REGION -> "l.region, l.name, l.id";
            case REGISTRATION_DATE -> "l.registrationDate desc, l.id";
        };
    }

    public long count() {
        return em.createQuery("select count(l) from Location l", Long.class).getSingleResult();
    }

    public long countRegistered() {
        return em.createQuery("select count(l) from Location l where l.status = "
                + "org.inspectorate.registry.domain.RegistrationStatus.REGISTERED", Long.class).getSingleResult();
    }
}
