package org.inspectorate.concern.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.inspectorate.concern.domain.Concern;

@ApplicationScoped
public class ConcernRepository {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public void add(Concern c) {
        em.persist(c);
        em.flush();
    }

    public Optional<Concern> find(long id) {
        return Optional.ofNullable(em.find(Concern.class, id));
    }

    public long countFrom(String sourceHash, Instant since) {
        return em.createQuery("select count(c) from Concern c where c.sourceHash = :h and c.receivedAt >= :since",
                Long.class).setParameter("h", sourceHash).setParameter("since", since).getSingleResult();
    }
}
