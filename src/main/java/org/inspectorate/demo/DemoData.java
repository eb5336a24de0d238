package org.inspectorate.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.inspectorate.shared.config.Settings;

/**
 * Loads the demo register and demo accounts when demo mode is on and the database is empty. Production
 * mode refuses, whatever else is configured.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final int BATCH_LOCATIONS = 1000;

    @Inject
    Settings settings;

    @Inject
    DemoDataWriter writer;

    @Inject
    DemoAccounts accounts;

    @Inject
    org.inspectorate.report.application.ReportDemoData reports;

    @Inject
    org.inspectorate.enforcement.application.EnforcementDemoData enforcement;

    /** What start-up does about demo data. */
    enum Decision { NOTHING, LOAD, REFUSE_IN_PRODUCTION }

    static Decision decide(boolean demoWanted, boolean production) {
        if (!demoWanted) {
            return Decision.NOTHING;
        }
        return production ? Decision.REFUSE_IN_PRODUCTION : Decision.LOAD;
    }

    public void loadIfWanted() {
        Decision decision = decide(settings.demo(), settings.production());
        if (decision == Decision.NOTHING) {
            return;
        }
        if (decision == Decision.REFUSE_IN_PRODUCTION) {
            LOG.severe("INSPECTORATE_DEMO is set but INSPECTORATE_MODE is production: refusing to create demo data"
                    + " or demo accounts.");
            return;
        }
        if (writer.registerIsEmpty()) {
            loadRegister(settings.demoSeed(), settings.demoLocations());
            jakarta.enterprise.inject.spi.CDI.current().select(DemoRatings.class).get().load(settings.demoLocations());
        }
        accounts.createIfMissing();
        reports.createIfEmpty();
        enforcement.createIfEmpty();
    }

    void loadRegister(long seed, int locations) {
        long start = System.nanoTime();
        RegisterGenerator generator = new RegisterGenerator(seed, locations);
        List<GeneratedProvider> batch = new ArrayList<>();
        int inBatch = 0;
        int providers = 0;
        while (generator.hasNext()) {
            GeneratedProvider g = generator.next();
            batch.add(g);
            providers++;
            inBatch += g.locations().size();
            if (inBatch >= BATCH_LOCATIONS) {
                writer.write(batch);
                batch.clear();
                inBatch = 0;
            }
        }
        if (!batch.isEmpty()) {
            writer.write(batch);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        int providerCount = providers;
        LOG.info(() -> "Demo register loaded: " + providerCount + " providers, " + locations + " locations in "
                + millis + " ms");
    }
}
