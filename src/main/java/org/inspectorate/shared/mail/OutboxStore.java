package org.inspectorate.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outbox rows: claiming one for sending, recording the outcome, finding what is due. Each step commits alone. */
@ApplicationScoped
public class OutboxStore {

    /** How long a sender may hold a message before another may try it (longer than any send can take). */
    static final Duration CLAIM = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Inject
    Clock clock;

    /** Takes the message for sending, or returns empty if it is sent or another sender holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutgoingMail> claim(long id) {
        Instant now = clock.instant();
        int claimed = em.createQuery("update OutboxMessage m set m.claimedUntil = :until, m.attempts = m.attempts + 1"
                + " where m.id = :id and m.sentAt is null and (m.claimedUntil is null or m.claimedUntil < :now)")
                .setParameter("until", now.plus(CLAIM)).setParameter("now", now).setParameter("id", id)
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        OutboxMessage m = em.find(OutboxMessage.class, id);
        return Optional.of(new OutgoingMail(m.recipient(), m.subject(), m.body(), m.category()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markSent(long id) {
        em.find(OutboxMessage.class, id).sent(clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(long id, String error) {
        em.find(OutboxMessage.class, id).failed(clock.instant(), error);
    }

    /** Unsent messages whose next attempt is due and that nobody holds, oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(int limit) {
        Instant now = clock.instant();
        return em.createQuery("select m.id from OutboxMessage m where m.sentAt is null and m.nextAttemptAt <= :now"
                + " and (m.claimedUntil is null or m.claimedUntil < :now) order by m.nextAttemptAt", Long.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OutboxStats stats() {
        Object[] row = (Object[]) em.createNativeQuery(
                "select count(*), min(created_at) from mail_outbox where sent_at is null").getSingleResult();
        long unsent = ((Number) row[0]).longValue();
        Instant oldest = row[1] == null ? null
                : row[1] instanceof Timestamp t ? t.toInstant()
                : row[1] instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) row[1];
        long age = oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
        return new OutboxStats(unsent, age);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutboxMessage> find(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }
}
