package org.inspectorate.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.inspectorate.identity.domain.AdminRecoveryRequest;
import org.inspectorate.shared.domain.PageRequest;

@ApplicationScoped
public class RecoveryRequestRepository {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public void add(AdminRecoveryRequest request) {
        em.persist(request);
        em.flush();
    }

    public Optional<AdminRecoveryRequest> find(long id) {
        return Optional.ofNullable(em.find(AdminRecoveryRequest.class, id));
    }

    /** Pending requests, oldest first; of one provider, or of all when {@code providerId} is null. */
    public List<AdminRecoveryRequest> pending(String providerId, PageRequest page) {
        var query = em.createQuery("select r from AdminRecoveryRequest r where r.status = :s"
                + (providerId == null ? "" : " and r.providerId = :p") + " order by r.createdAt, r.id",
                AdminRecoveryRequest.class).setParameter("s", AdminRecoveryRequest.Status.PENDING);
        if (providerId != null) {
            query.setParameter("p", providerId);
        }
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countPending(String providerId) {
        var query = em.createQuery("select count(r) from AdminRecoveryRequest r where r.status = :s"
                + (providerId == null ? "" : " and r.providerId = :p"), Long.class)
                .setParameter("s", AdminRecoveryRequest.Status.PENDING);
        if (providerId != null) {
            query.setParameter("p", providerId);
        }
        return query.getSingleResult();
    }

    public Optional<Instant> oldestPending() {
        return Optional.ofNullable(em.createQuery("select min(r.createdAt) from AdminRecoveryRequest r"
                + " where r.status = :s", Instant.class)
                .setParameter("s", AdminRecoveryRequest.Status.PENDING).getSingleResult());
    }

    public long countRecent(String email, Instant since) {
        return em.createQuery("select count(r) from AdminRecoveryRequest r where r.requesterEmail = :e"
                + " and r.createdAt > :since", Long.class)
                .setParameter("e", email.strip().toLowerCase(java.util.Locale.ROOT)).setParameter("since", since)
                .getSingleResult();
    }
}
