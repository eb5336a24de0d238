package org.inspectorate.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

/**
 * The audit trail's retention rule: rows older than the retention period (at least six years, enforced by the
 * database function {@code audit_purge}) are removed, oldest first along each hash chain, so that the chains still
 * verify from their new anchors. The removal itself is audited.
 */
@ApplicationScoped
public class AuditRetention {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Transactional
    public long removeBefore(Instant cutoff) {
        Boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('audit-retention'))")
                .getSingleResult();
        if (!Boolean.TRUE.equals(mine)) {
            return 0;
        }
        long removed = ((Number) em.createNativeQuery("select audit_purge(?1)")
                .setParameter(1, java.sql.Timestamp.from(cutoff)).getSingleResult()).longValue();
        if (removed > 0) {
            audit.record("AUDIT_RETENTION_APPLIED", "AuditEvent", null, null, Map.of("removed", removed,
                    "before", cutoff.toString()), "Audit rows past their retention period removed");
        }
        return removed;
    }
}
