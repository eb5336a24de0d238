package org.inspectorate.shared.dated;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.inspectorate.audit.application.AuditLog;

/**
 * Decisions that take effect on a later date, for the contexts that make them: scheduled in the decision's own
 * transaction, cancelled when what they belong to says so, listed as pending. {@link DatedDecisionJob} applies them.
 */
@ApplicationScoped
public class DatedDecisions {

    static final ZoneId UK = ZoneId.of("Europe/London");

    /** What to do, to what, on which day; the provider and location it concerns, for their pending lists. */
    public record Spec(String subjectType, String subjectId, String action, LocalDate takesEffectOn,
            String providerId, String locationId, String description) {
    }

    /** A pending or settled decision as the screens and API show it. */
    public record View(long id, String subjectType, String subjectId, String action, LocalDate takesEffectOn,
            String providerId, String locationId, String description, String status, String outcome, int attempts,
            String lastError) {

        static View of(DatedDecision d) {
            return new View(d.id(), d.subjectType(), d.subjectId(), d.action(), d.takesEffectOn(), d.providerId(),
                    d.locationId(), d.description(), d.status().name(), d.outcome(), d.attempts(), d.lastError());
        }
    }

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public long schedule(Spec spec) {
        DatedDecision d = new DatedDecision(spec, clock.instant());
        em.persist(d);
        em.flush();
        audit.record("DATED_DECISION_SCHEDULED", "DatedDecision", String.valueOf(d.id()), null, d.auditSnapshot(),
                spec.subjectType() + " " + spec.subjectId());
        return d.id();
    }

    /** Cancels the subject's pending decisions of that action (none pending: nothing happens). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(String subjectType, String subjectId, String action, String why) {
        for (DatedDecision d : pendingOf(subjectType, subjectId, action)) {
            var before = d.auditSnapshot();
            d.cancelled(why, clock.instant());
            audit.record("DATED_DECISION_CANCELLED", "DatedDecision", String.valueOf(d.id()), before,
                    d.auditSnapshot(), why);
        }
    }

    @Transactional
    public List<View> ofSubject(String subjectType, String subjectId) {
        return em.createQuery("select d from DatedDecision d where d.subjectType = :t and d.subjectId = :s"
                + " order by d.takesEffectOn, d.id", DatedDecision.class).setParameter("t", subjectType)
                .setParameter("s", subjectId).getResultList().stream().map(View::of).toList();
    }

    /** The changes waiting for their date at a location, soonest first. */
    @Transactional
    public List<View> pendingAtLocation(String locationId) {
        return em.createQuery("select d from DatedDecision d where d.locationId = :l and d.status = :p"
                + " order by d.takesEffectOn, d.id", DatedDecision.class).setParameter("l", locationId)
                .setParameter("p", DatedDecision.Status.PENDING).setMaxResults(100).getResultList().stream()
                .map(View::of).toList();
    }

    /** The changes waiting for their date for a provider or any of its locations, soonest first. */
    @Transactional
    public List<View> pendingForProvider(String providerId) {
        return em.createQuery("select d from DatedDecision d where d.providerId = :p and d.status = :s"
                + " order by d.takesEffectOn, d.id", DatedDecision.class).setParameter("p", providerId)
                .setParameter("s", DatedDecision.Status.PENDING).setMaxResults(100).getResultList().stream()
                .map(View::of).toList();
    }

    /**
     * [pending whose date has passed, failed, age in seconds of the oldest overdue one or 0]: all zero when the
     * job keeps up. Overdue means its day is before today (a decision due today may wait for the next run).
     */
    @Transactional
    public long[] backlog() {
        LocalDate today = LocalDate.now(clock.withZone(UK));
        Object[] row = (Object[]) em.createNativeQuery("select count(*) filter (where status = 'PENDING'"
                + " and takes_effect_on < ?1), count(*) filter (where status = 'FAILED'), min(takes_effect_on)"
                + " filter (where status = 'PENDING' and takes_effect_on < ?1) from dated_decision"
                + " where status in ('PENDING', 'FAILED')").setParameter(1, today).getSingleResult();
        long age = 0;
        if (row[2] != null) {
            LocalDate oldest = row[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[2];
            age = java.time.Duration.between(oldest.atStartOfDay(UK).toInstant(), clock.instant()).toSeconds();
        }
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue(), age};
    }

    private List<DatedDecision> pendingOf(String subjectType, String subjectId, String action) {
        return em.createQuery("select d from DatedDecision d where d.subjectType = :t and d.subjectId = :s"
                + " and d.action = :a and d.status = :p", DatedDecision.class).setParameter("t", subjectType)
                .setParameter("s", subjectId).setParameter("a", action)
                .setParameter("p", DatedDecision.Status.PENDING).getResultList();
    }
}
