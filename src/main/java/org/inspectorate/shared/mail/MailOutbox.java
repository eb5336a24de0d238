package org.inspectorate.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The one way any context sends email. The message is stored in the caller's transaction, so it exists
 * exactly when the event that caused it committed; it is sent after commit without the caller waiting.
 */
@ApplicationScoped
public class MailOutbox {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Inject
    Event<MailQueued> queued;

    @Inject
    Clock clock;

    @Inject
    OutboxStore store;

    /** Queues the email in the current transaction; returns the outbox id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long queue(OutgoingMail mail) {
        OutboxMessage message = new OutboxMessage(mail, clock.instant());
        em.persist(message);
        em.flush();
        queued.fire(new MailQueued(message.id()));
        return message.id();
    }

    public OutboxStats stats() {
        return store.stats();
    }
}
