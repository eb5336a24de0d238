package org.inspectorate.ops.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.inspectorate.registry.application.RegisterCounts;
import org.inspectorate.registry.application.RegisterQueries;

/** Sizes of the register, read from the database when scraped (cached for a few seconds). */
@ApplicationScoped
public class RegisterMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    RegisterQueries register;

    private final CachedValue<RegisterCounts> counts = new CachedValue<>(10_000);

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        gauge("register_providers", "Providers on the register", RegisterCounts::providers);
        gauge("register_locations", "Locations on the register", RegisterCounts::locations);
        gauge("register_locations_registered", "Locations currently registered", RegisterCounts::registeredLocations);
    }

    private void gauge(String name, String description, ToLongFunction<RegisterCounts> value) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).build(),
                () -> value.applyAsLong(counts.get(register::counts)));
    }
}
