package org.inspectorate.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends one outbox message if nobody else is sending it, and records the outcome. */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Inject
    OutboxStore store;

    @Inject
    SmtpTransport transport;

    public void deliver(long id) {
        Optional<OutgoingMail> claimed = store.claim(id);
        if (claimed.isEmpty()) {
            return;
        }
        try {
            transport.send(claimed.get());
            store.markSent(id);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Email " + id + " (" + claimed.get().category() + ") not sent yet; will retry: " + e);
            store.markFailed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
