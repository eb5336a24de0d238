package org.inspectorate.audit.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inspectorate.audit.domain.ChainBreak;
import org.inspectorate.audit.domain.ChainVerification;
import org.inspectorate.audit.persistence.AuditChainStore;
import org.inspectorate.ops.application.StartupState;

/**
 * Checks the audit trail's hash chains on request and every {@code inspectorate.audit.verify-interval-minutes}
 * (default 60). A newly broken trail is logged as severe and recorded as a security event; the last outcome is
 * kept for /metrics ({@code audit_chain_intact}).
 */
@ApplicationScoped
public class AuditChainVerifier {

    private static final Logger LOG = Logger.getLogger(AuditChainVerifier.class.getName());

    @Inject
    AuditChainStore store;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    StartupState startup;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "inspectorate.audit.verify-interval-minutes", defaultValue = "60")
    int intervalMinutes;

    private final AtomicReference<ChainVerification> last = new AtomicReference<>();
    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        int every = Math.max(1, intervalMinutes);
        task = scheduler.scheduleWithFixedDelay(this::scheduled, 2, every, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    public ChainVerification verify() {
        ChainVerification outcome = store.verify(clock);
        ChainVerification before = last.getAndSet(outcome);
        if (!outcome.intact() && (before == null || before.intact())) {
            String where = outcome.firstBreak().map(AuditChainVerifier::describe)
                    .orElse(outcome.unlinkedRows() + " rows in no chain");
            LOG.severe("The audit trail has been tampered with: " + where);
            audit.recordSecurityEvent("AUDIT_CHAIN_BROKEN", "AuditEvent",
                    outcome.firstBreak().map(b -> b.auditId() == null ? null : b.auditId().toString()).orElse(null),
                    where);
        }
        return outcome;
    }

    public Optional<ChainVerification> lastOutcome() {
        return Optional.ofNullable(last.get());
    }

    private void scheduled() {
        if (!startup.started()) {
            return;
        }
        try {
            verify();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Checking the audit trail's hash chains failed; trying again at the next run", e);
        }
    }

    static String describe(ChainBreak b) {
        return "chain " + b.chain() + " position " + b.seq() + (b.auditId() == null ? "" : " (audit row " + b.auditId() + ")")
                + ": " + b.problem();
    }
}
