package org.inspectorate.ops.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inspectorate.demo.DemoData;

/** Runs once as the application starts, before it is reported as started. */
@Startup
@Singleton
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Inject
    DatabaseMigrator migrator;

    @Inject
    DemoData demoData;

    @Inject
    org.inspectorate.identity.application.SecretReseal secrets;

    @Inject
    StartupState state;

    /** Not transactional: Flyway manages its own transactions, and each later step opens its own. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        try {
            migrator.migrateAndValidate();
            secrets.resealAll();
            demoData.loadIfWanted();
            state.markStarted();
        } catch (RuntimeException e) {
            state.markFailed(e.getClass().getSimpleName() + ": " + e.getMessage());
            LOG.log(Level.SEVERE, "Start-up failed; the application will report itself as not started", e);
            throw e;
        }
    }
}
