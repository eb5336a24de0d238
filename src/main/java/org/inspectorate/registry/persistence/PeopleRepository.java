package org.inspectorate.registry.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.inspectorate.registry.domain.ManagerRegistration;
import org.inspectorate.registry.domain.Partner;

/** Registered managers and partners: the current ones, with their people (and activities) loaded. */
@ApplicationScoped
public class PeopleRepository {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    /** The location's current manager registrations, earliest first. */
    public List<ManagerRegistration> currentManagersAt(String locationId) {
        return em.createQuery("select distinct r from ManagerRegistration r join fetch r.person"
                + " left join fetch r.activities where r.location.id = :l and r.cancelledOn is null",
                ManagerRegistration.class).setParameter("l", locationId).getResultList().stream()
                .sorted(java.util.Comparator.comparing(ManagerRegistration::registeredOn)
                        .thenComparing(ManagerRegistration::id)).toList();
    }

    /** The current manager registrations at every location of the provider. */
    public List<ManagerRegistration> currentManagersOfProvider(String providerId) {
        return em.createQuery("select distinct r from ManagerRegistration r join fetch r.person join fetch r.location l"
                + " left join fetch r.activities where l.provider.id = :p and r.cancelledOn is null",
                ManagerRegistration.class).setParameter("p", providerId).getResultList().stream()
                .sorted(java.util.Comparator.comparing((ManagerRegistration r) -> r.location().name())
                        .thenComparing(r -> r.person().familyName()).thenComparing(ManagerRegistration::id)).toList();
    }

    /** The provider's current partners, in the order they joined. */
    public List<Partner> currentPartners(String providerId) {
        return em.createQuery("select p from Partner p join fetch p.person where p.provider.id = :p"
                + " and p.leftOn is null order by p.joinedOn, p.id", Partner.class)
                .setParameter("p", providerId).getResultList();
    }
}
