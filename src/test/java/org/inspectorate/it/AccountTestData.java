package org.inspectorate.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.inspectorate.identity.application.PasswordHasher;
import org.inspectorate.identity.domain.LocationCover;
import org.inspectorate.identity.domain.OrganisationSecurity;
import org.inspectorate.identity.domain.Role;
import org.inspectorate.identity.domain.UserAccount;
import org.inspectorate.registry.domain.Person;
import org.inspectorate.registry.domain.Provider;

/** Account fixtures for tests that run inside the server; each call makes new rows. */
@ApplicationScoped
public class AccountTestData {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Transactional
    public long user(String providerId, String email, String password, Role role, Set<String> locations) {
        UserAccount u = UserAccount.providerUser(email, "Test " + role.label(), hasher.hash(password), providerId,
                Set.of(role));
        u.assignProviderRole(role, locations);
        em.persist(u);
        em.flush();
        return u.id();
    }

    @Transactional
    public void nominate(String providerId, String email) {
        Person ni = new Person(null, "Nia", "Nominee", email, null);
        em.persist(ni);
        em.find(Provider.class, providerId).appointNominatedIndividual(ni);
    }

    @Transactional
    public void requireMfa(String providerId) {
        OrganisationSecurity s = em.find(OrganisationSecurity.class, providerId);
        if (s == null) {
            s = new OrganisationSecurity(providerId);
            em.persist(s);
        }
        s.requireMfa(true, null, Instant.now());
    }

    @Transactional
    public void cover(String providerId, long covering, long covered, LocalDate from, LocalDate to) {
        em.persist(new LocationCover(providerId, covering, covered, from, to, "test", null, Instant.now()));
    }

    @Transactional
    public void clearSecondFactor(long userId) {
        em.find(UserAccount.class, userId).disableMfa();
    }

    @Transactional
    public long invitationsTo(String email) {
        return em.createQuery("select count(i) from Invitation i where i.email = :e", Long.class)
                .setParameter("e", email).getSingleResult();
    }

    @Transactional
    public long unsentMailTo(String email) {
        return em.createQuery("select count(m) from OutboxMessage m where m.recipient = :e", Long.class)
                .setParameter("e", email).getSingleResult();
    }
}
