package org.inspectorate.shared.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * Sends each queued message as soon as its transaction has committed, on the application's managed
 * executor, so the request that queued it never waits for the mail server. If the executor is busy or the
 * server is down, the message stays in the outbox for the sweeper.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Resource(lookup = "concurrent/appExecutor")
    ManagedExecutorService executor;

    @Inject
    MailDelivery delivery;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        try {
            executor.execute(() -> delivery.deliver(queued.id()));
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "Email " + queued.id() + " left for the outbox sweeper: " + e.getMessage());
        }
    }
}
