package org.inspectorate.shared.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inspectorate.ops.application.StartupState;

/**
 * Every few seconds, sends what the after-commit sender could not: messages queued while the mail server
 * was down, or while the server was restarting. Nothing queued is ever left behind.
 */
@ApplicationScoped
public class OutboxSweeper {

    private static final Logger LOG = Logger.getLogger(OutboxSweeper.class.getName());
    private static final long INTERVAL_SECONDS = 10;
    private static final int BATCH = 50;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxStore store;

    @Inject
    MailDelivery delivery;

    @Inject
    StartupState startup;

    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        task = scheduler.scheduleWithFixedDelay(this::sweep, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void sweep() {
        if (!startup.started()) {
            return;
        }
        try {
            List<Long> due = store.due(BATCH);
            due.forEach(delivery::deliver);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox sweep failed; trying again shortly", e);
        }
    }
}
