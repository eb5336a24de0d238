package org.inspectorate.shared.dated;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.inspectorate.audit.application.AuditLog;

/**
 * Applies due dated decisions one at a time, each in its own transaction: the row is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so that with several servers running each decision is applied by exactly one of
 * them, and it is settled (applied or cancelled) in the transaction that applies it. A failure rolls everything
 * back and is counted in a transaction of its own; decisions that failed before go to the back of the line.
 */
@ApplicationScoped
public class DatedDecisionRunner {

    /** A decision whose handler failed: its transaction was rolled back. */
    static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long id;

        Failed(long id, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.id = id;
        }
    }

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Inject
    Instance<DatedDecisionHandler> handlers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Applies the next decision due by {@code today}; empty when none is (or every due one is being applied). */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> applyNext(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from dated_decision where status = 'PENDING'"
                + " and takes_effect_on <= ?1 order by attempts, takes_effect_on, id limit 1 for update skip locked")
                .setParameter(1, today).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        long id = ids.get(0).longValue();
        DatedDecision d = em.find(DatedDecision.class, id);
        try {
            DatedDecisionHandler handler = handlers.stream().filter(h -> h.subjectType().equals(d.subjectType()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("Nothing applies dated decisions on "
                            + d.subjectType()));
            var before = d.auditSnapshot();
            DatedDecisionHandler.Outcome outcome = handler.apply(d, d.takesEffectOn());
            if (outcome.applied()) {
                d.applied(outcome.text(), clock.instant());
            } else {
                d.cancelled(outcome.text(), clock.instant());
            }
            audit.record(outcome.applied() ? "DATED_DECISION_APPLIED" : "DATED_DECISION_CANCELLED", "DatedDecision",
                    String.valueOf(id), before, d.auditSnapshot(), d.subjectType() + " " + d.subjectId()
                            + ": on its date, by the scheduled job");
            return Optional.of(id);
        } catch (RuntimeException e) {
            throw new Failed(id, e);
        }
    }

    /** Counts a failed try (skipped if another server holds the decision now). */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(long id, String error) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from dated_decision where id = ?1 and status = 'PENDING'"
                + " for update skip locked").setParameter(1, id).getResultList();
        if (ids.isEmpty()) {
            return;
        }
        DatedDecision d = em.find(DatedDecision.class, id);
        var before = d.auditSnapshot();
        d.failed(error, clock.instant());
        audit.record("DATED_DECISION_FAILED", "DatedDecision", String.valueOf(id), before, d.auditSnapshot(),
                d.status() == DatedDecision.Status.FAILED ? "Left for a person after " + d.attempts() + " tries"
                        : "Will be tried again");
    }
}
