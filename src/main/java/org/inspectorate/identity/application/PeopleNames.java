package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.inspectorate.identity.domain.UserAccount;

/**
 * People by name, not by their sign-in address: work and records often keep who did it as the account's email
 * ("Opened by", "Scored by"); screens show the account's display name instead.
 */
@ApplicationScoped
public class PeopleNames {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Transactional
    public Optional<String> ofAccount(long userId) {
        UserAccount u = em.find(UserAccount.class, userId);
        return u == null ? Optional.empty() : Optional.of(u.displayName());
    }

    /** The display name of the account with this email, if there is one. */
    @Transactional
    public Optional<String> ofEmail(String email) {
        return em.createQuery("select u.displayName from UserAccount u where lower(u.email) = :e", String.class)
                .setParameter("e", email.strip().toLowerCase(Locale.ROOT)).setMaxResults(1).getResultStream()
                .findFirst();
    }

    /** Where to write to this person: their name and sign-in address, if the account is still in use. */
    @Transactional
    public Optional<Contact> contactOf(long userId) {
        UserAccount u = em.find(UserAccount.class, userId);
        return u == null || u.removedAt() != null ? Optional.empty()
                : Optional.of(new Contact(u.displayName(), u.email()));
    }

    public record Contact(String name, String email) {
    }
}
