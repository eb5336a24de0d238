package org.inspectorate.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.inspectorate.identity.domain.OrganisationSecurity;
import org.inspectorate.identity.domain.Role;
import org.inspectorate.identity.domain.UserAccount;
import org.inspectorate.shared.domain.PageRequest;

/** The users of a provider organisation, its security settings, and what each user may reach. */
@ApplicationScoped
public class OrganisationRepository {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    /** Users not removed, by name. */
    public List<UserAccount> users(String providerId, PageRequest page) {
        return em.createQuery("select u from UserAccount u where u.providerId = :p and u.removedAt is null"
                + " order by lower(u.displayName), u.id", UserAccount.class)
                .setParameter("p", providerId).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
    }

    public long countUsers(String providerId) {
        return em.createQuery("select count(u) from UserAccount u where u.providerId = :p and u.removedAt is null",
                Long.class).setParameter("p", providerId).getSingleResult();
    }

    /** Every user of the organisation not removed, by name: for choosing a colleague from a list. */
    public List<UserAccount> allUsers(String providerId) {
        return em.createQuery("select u from UserAccount u where u.providerId = :p and u.removedAt is null"
                + " order by lower(u.displayName), u.id", UserAccount.class).setParameter("p", providerId)
                .getResultList();
    }

    public long countActiveAdministrators(String providerId) {
        return em.createQuery("select count(u) from UserAccount u join u.roles r where u.providerId = :p"
                + " and u.active = true and u.removedAt is null and r = :admin", Long.class)
                .setParameter("p", providerId).setParameter("admin", Role.PROVIDER_ADMIN).getSingleResult();
    }

    /**
     * Locks the organisation's administrators, so two administrators removing each other at the same time
     * cannot leave it with none.
     */
    public void lockAdministrators(String providerId) {
        em.createQuery("select u from UserAccount u join u.roles r where u.providerId = :p and r = :admin",
                UserAccount.class).setParameter("p", providerId).setParameter("admin", Role.PROVIDER_ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** A user's own locations plus those of users they cover today. */
    public Set<String> reachableLocations(long userId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select location_id from user_location_scope where user_id = ?1"
                + " union select s.location_id from location_cover c"
                + " join user_location_scope s on s.user_id = c.covered_user"
                + " join user_account covered on covered.id = c.covered_user"
                + " where c.covering_user = ?1 and c.ended_at is null and c.starts_on <= ?2 and c.ends_on >= ?2"
                + " and covered.removed_at is null")
                .setParameter(1, userId).setParameter(2, today).getResultList();
        return new HashSet<>(ids);
    }

    public Optional<OrganisationSecurity> security(String providerId) {
        return Optional.ofNullable(em.find(OrganisationSecurity.class, providerId));
    }

    public OrganisationSecurity securityForUpdate(String providerId) {
        OrganisationSecurity s = em.find(OrganisationSecurity.class, providerId);
        if (s == null) {
            s = new OrganisationSecurity(providerId);
            em.persist(s);
        }
        return s;
    }
}
