package org.inspectorate.planning.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inspectorate.enforcement.application.EnforcementCaseChanged;
import org.inspectorate.ops.application.StartupState;
import org.inspectorate.triage.application.TriageOutcomeRecorded;

/**
 * Keeps the risk view current. Events refresh the location they concern as soon as their transaction commits
 * (a triage outcome, an enforcement case opened or moved on); a batch walks every registered location in chunks
 * (each its own transaction) shortly after start-up and then every {@code INSPECTORATE_PLANNING_REFRESH_MINUTES},
 * which catches everything else (new notifications, ratings, the passing of time) and drops deregistered ones.
 */
@ApplicationScoped
public class RiskBatch {

    private static final Logger LOG = Logger.getLogger(RiskBatch.class.getName());
    static final int CHUNK = 500;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    RiskRefresh refresh;

    @Inject
    PlanningPolicy policy;

    @Inject
    StartupState startup;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant lastCompleted;
    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        task = scheduler.scheduleWithFixedDelay(this::runIfStarted, 20, policy.refreshMinutes() * 60L, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void onCase(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnforcementCaseChanged e) {
        refreshQuietly(e.locationId());
    }

    void onTriage(@Observes(during = TransactionPhase.AFTER_SUCCESS) TriageOutcomeRecorded e) {
        refreshQuietly(e.locationId());
    }

    /** Starts a full refresh on the executor unless one is running; true when started. */
    public boolean startNow() {
        if (running.get()) {
            return false;
        }
        scheduler.execute(this::runAll);
        return true;
    }

    public boolean running() {
        return running.get();
    }

    public Instant lastCompleted() {
        return lastCompleted;
    }

    private void runIfStarted() {
        if (startup.started()) {
            runAll();
        }
    }

    void runAll() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant began = clock.instant();
            String after = null;
            do {
                after = refresh.refreshChunk(after, CHUNK);
            } while (after != null);
            refresh.removeOlderThan(began);
            lastCompleted = clock.instant();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The risk refresh failed; it runs again at the next interval", e);
        } finally {
            running.set(false);
        }
    }

    private void refreshQuietly(String locationId) {
        if (locationId == null) {
            return;
        }
        try {
            refresh.refresh(Set.of(locationId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not refresh the risk of " + locationId + "; the batch will", e);
        }
    }
}
