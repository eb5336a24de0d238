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

    /**
     * Removes the reporter's contact details from up to {@code limit} concerns received before {@code cutoff} whose
     * triage item is closed; returns the references of those changed. Only one server does it at a time.
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> removeContactDetails(Instant cutoff, int limit) {
        Boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('concern-retention'))")
                .getSingleResult();
        if (!Boolean.TRUE.equals(mine)) {
            return java.util.List.of();
        }
        return em.createNativeQuery("""
                update concern c set reporter_name = null, reporter_email = null, reporter_phone = null,
                       may_contact = false, personal_data_removed_at = now()
                 where c.id in (select c2.id from concern c2
                                  join triage_item t on t.source_kind = 'CONCERN' and t.source_id = c2.id
                                 where c2.received_at < ?1 and c2.personal_data_removed_at is null
                                   and (c2.reporter_name is not null or c2.reporter_email is not null
                                        or c2.reporter_phone is not null)
                                   and t.state = 'CLOSED'
                                 order by c2.received_at limit ?2
                                   for update of c2 skip locked)
                returning c.reference""").setParameter(1, java.sql.Timestamp.from(cutoff)).setParameter(2, limit)
                .getResultList();
    }
}
