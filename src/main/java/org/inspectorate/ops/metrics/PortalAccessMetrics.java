package org.inspectorate.ops.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.inspectorate.identity.application.OrganisationAccessQueries;
import org.inspectorate.identity.application.OrganisationAccessQueries.QueueStats;

/** The queue of requests for a new provider administrator: size and age of the oldest (cached briefly). */
@ApplicationScoped
public class PortalAccessMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    OrganisationAccessQueries queries;

    private final CachedValue<QueueStats> stats = new CachedValue<>(10_000);

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        gauge("access_recovery_requests_pending", "Requests for a new provider administrator awaiting staff",
                QueueStats::pending);
        gauge("access_recovery_requests_oldest_seconds", "Age in seconds of the oldest pending access request",
                QueueStats::oldestAgeSeconds);
    }

    private void gauge(String name, String description, ToLongFunction<QueueStats> value) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).build(),
                () -> value.applyAsLong(stats.get(queries::queueStats)));
    }
}
