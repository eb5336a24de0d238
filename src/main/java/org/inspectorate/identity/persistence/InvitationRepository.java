package org.inspectorate.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.inspectorate.identity.domain.Invitation;
import org.inspectorate.shared.domain.PageRequest;

@ApplicationScoped
public class InvitationRepository {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public void add(Invitation invitation) {
        em.persist(invitation);
        em.flush();
    }

    public Optional<Invitation> find(long id) {
        return Optional.ofNullable(em.find(Invitation.class, id));
    }

    public Optional<Invitation> findByTokenHashForUpdate(String hash) {
        return em.createQuery("select i from Invitation i where i.tokenHash = :h", Invitation.class)
                .setParameter("h", hash).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    public Optional<Invitation> findByTokenHash(String hash) {
        return em.createQuery("select i from Invitation i where i.tokenHash = :h", Invitation.class)
                .setParameter("h", hash).getResultStream().findFirst();
    }

    /** Invitations still waiting for an answer, newest first. */
    public List<Invitation> pending(String providerId, Instant now, PageRequest page) {
        return em.createQuery("select i from Invitation i where i.providerId = :p and i.acceptedAt is null"
                + " and i.revokedAt is null and i.expiresAt > :now order by i.createdAt desc, i.id desc",
                Invitation.class).setParameter("p", providerId).setParameter("now", now)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countPending(String providerId, Instant now) {
        return em.createQuery("select count(i) from Invitation i where i.providerId = :p and i.acceptedAt is null"
                + " and i.revokedAt is null and i.expiresAt > :now", Long.class)
                .setParameter("p", providerId).setParameter("now", now).getSingleResult();
    }

    /** Earlier pending invitations of the same address to the same organisation, replaced by a new one. */
    public List<Invitation> pendingFor(String providerId, String email, Instant now) {
        return em.createQuery("select i from Invitation i where i.providerId = :p and i.email = :e"
                + " and i.acceptedAt is null and i.revokedAt is null and i.expiresAt > :now", Invitation.class)
                .setParameter("p", providerId).setParameter("e", email.strip().toLowerCase(java.util.Locale.ROOT))
                .setParameter("now", now).getResultList();
    }
}
