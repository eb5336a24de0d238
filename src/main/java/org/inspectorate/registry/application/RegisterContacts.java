package org.inspectorate.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inspectorate.registry.domain.Person;

/**
 * The people the register names for a provider and the email addresses it holds for them, for other
 * contexts that must verify someone against the register (the first portal administrator, for example).
 */
@ApplicationScoped
public class RegisterContacts {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    /** Nominated individual, current partners and current registered managers, each once, in that order. */
    @Transactional
    public List<RegisteredContact> contactsOf(String providerId) {
        Map<Long, RegisteredContact> found = new LinkedHashMap<>();
        em.createQuery("select p.nominatedIndividual from Provider p where p.id = :id", Person.class)
                .setParameter("id", providerId).getResultList()
                .forEach(p -> add(found, p, "Nominated individual"));
        em.createQuery("select pp.person from Partner pp where pp.provider.id = :id and pp.leftOn is null"
                + " order by pp.joinedOn, pp.id", Person.class)
                .setParameter("id", providerId).getResultList()
                .forEach(p -> add(found, p, "Partner"));
        em.createQuery("select distinct r.person from ManagerRegistration r"
                + " where r.location.provider.id = :id and r.cancelledOn is null", Person.class)
                .setParameter("id", providerId).getResultList()
                .forEach(p -> add(found, p, "Registered manager"));
        return new ArrayList<>(found.values());
    }

    /** The contact the register holds at this address for this provider, if any. */
    @Transactional
    public java.util.Optional<RegisteredContact> contactWithEmail(String providerId, String email) {
        if (email == null) {
            return java.util.Optional.empty();
        }
        String wanted = email.strip().toLowerCase(Locale.ROOT);
        return contactsOf(providerId).stream()
                .filter(c -> c.email() != null && c.email().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    private static void add(Map<Long, RegisteredContact> found, Person p, String capacity) {
        if (p != null && !found.containsKey(p.id())) {
            found.put(p.id(), new RegisteredContact(p.id(), p.fullName(), p.email(), capacity));
        }
    }
}
