package org.inspectorate.files.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/** Every hour, removes uploads that were started but not finished within a day. */
@Singleton
public class AbandonedUploadSweeper {

    private static final Logger LOG = Logger.getLogger(AbandonedUploadSweeper.class.getName());

    @Inject
    FileStore files;

    @Schedule(hour = "*", minute = "23", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        int removed = files.purgeAbandoned(Duration.ofDays(1));
        if (removed > 0) {
            LOG.info(() -> "Removed " + removed + " abandoned uploads");
        }
    }
}
