package org.inspectorate.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import org.inspectorate.registry.domain.Location;

/** Small reads of the register for other contexts: an organisation's location names, locations by id. */
@ApplicationScoped
public class RegisterLookups {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    /** Every location of a provider, id and name only, by name. */
    @Transactional
    public List<LocationName> locationNames(String providerId) {
        return em.createQuery("select new org.inspectorate.registry.application.LocationName(l.id, l.name)"
                + " from Location l where l.provider.id = :p order by l.name, l.id", LocationName.class)
                .setParameter("p", providerId).getResultList();
    }

    /** These locations (those that exist), by name. */
    @Transactional
    public List<LocationSummary> locations(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from Location l where l.id in :ids order by l.name, l.id", Location.class)
                .setParameter("ids", ids).getResultList().stream().map(LocationSummary::of).toList();
    }

    @Transactional
    public java.util.Optional<String> providerName(String providerId) {
        return em.createQuery("select p.name from Provider p where p.id = :id", String.class)
                .setParameter("id", providerId).getResultStream().findFirst();
    }
}
