package org.inspectorate.ops.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inspectorate.audit.application.AuditRetention;
import org.inspectorate.concern.application.ConcernRetention;

/**
 * Every night at 03:17, applies the retention rules (README, Retention): audit rows older than
 * {@code inspectorate.retention.audit-years} (default 7, at least 6) are removed, and the reporter's contact details
 * are removed from closed concerns received more than {@code inspectorate.retention.concern-contact-years} (default
 * 3, at least 1) ago. Several servers may run it: each step is claimed through a database lock.
 */
@Singleton
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    AuditRetention audit;

    @Inject
    ConcernRetention concerns;

    @Inject
    StartupState startup;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "inspectorate.retention.audit-years", defaultValue = "7")
    int auditYears;

    @Inject
    @ConfigProperty(name = "inspectorate.retention.concern-contact-years", defaultValue = "3")
    int concernYears;

    /** What one run removed. */
    public record Outcome(long auditRowsRemoved, long concernsCleared) {
    }

    @Schedule(hour = "3", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        if (!startup.started()) {
            return;
        }
        try {
            Outcome o = run();
            LOG.info(() -> "Retention: " + o.auditRowsRemoved() + " audit rows and the contact details of "
                    + o.concernsCleared() + " concerns removed");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Applying the retention rules failed; trying again tomorrow", e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome run() {
        long removed = audit.removeBefore(yearsAgo(Math.max(6, auditYears)));
        Instant concernCutoff = yearsAgo(Math.max(1, concernYears));
        long cleared = 0;
        int batch;
        do {
            batch = concerns.removeContactDetails(concernCutoff);
            cleared += batch;
        } while (batch == ConcernRetention.batchSize());
        return new Outcome(removed, cleared);
    }

    private Instant yearsAgo(int years) {
        return clock.instant().atZone(UK).minusYears(years).toInstant();
    }
}
