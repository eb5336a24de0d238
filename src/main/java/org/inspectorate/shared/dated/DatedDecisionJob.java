package org.inspectorate.shared.dated;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inspectorate.ops.application.StartupState;
import org.inspectorate.shared.text.Bounded;

/**
 * Every {@code inspectorate.dated-decisions.interval-seconds} (default 60), applies the decisions whose day has
 * come (UK time), up to {@link #BATCH} a run, each in its own transaction through {@link DatedDecisionRunner}.
 * Safe with several servers: each decision is claimed through the database.
 */
@ApplicationScoped
public class DatedDecisionJob {

    private static final Logger LOG = Logger.getLogger(DatedDecisionJob.class.getName());
    static final int BATCH = 200;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DatedDecisionRunner runner;

    @Inject
    StartupState startup;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "inspectorate.dated-decisions.interval-seconds", defaultValue = "60")
    int intervalSeconds;

    private final AtomicBoolean running = new AtomicBoolean();
    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        int every = Math.max(1, intervalSeconds);
        task = scheduler.scheduleWithFixedDelay(this::run, every, every, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Applies what is due; returns how many were settled. */
    int run() {
        if (!startup.started() || !running.compareAndSet(false, true)) {
            return 0;
        }
        int settled = 0;
        try {
            LocalDate today = LocalDate.now(clock.withZone(DatedDecisions.UK));
            while (settled < BATCH && runner.applyNext(today).isPresent()) {
                settled++;
            }
        } catch (DatedDecisionRunner.Failed e) {
            LOG.log(Level.WARNING, "Dated decision " + e.id + " could not be applied; it will be tried again: "
                    + Bounded.of(String.valueOf(e.getMessage()), 300));
            recordFailure(e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Applying dated decisions failed; trying again at the next run", e);
        } finally {
            running.set(false);
        }
        return settled;
    }

    private void recordFailure(DatedDecisionRunner.Failed e) {
        try {
            runner.recordFailure(e.id, e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        } catch (RuntimeException again) {
            LOG.log(Level.WARNING, "Could not record the failure of dated decision " + e.id, again);
        }
    }
}
