package org.inspectorate.ops.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.inspectorate.shared.dated.DatedDecisions;

/**
 * Dated decisions at /metrics: those whose day has passed but are not applied yet, those left for a person after
 * failing, and the age of the oldest overdue one. All zero while the job keeps up.
 */
@ApplicationScoped
public class DatedDecisionMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    DatedDecisions dated;

    private final CachedValue<long[]> backlog = new CachedValue<>(5_000);

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        registry.gauge(Metadata.builder().withName("dated_decisions_overdue")
                .withDescription("Decided changes whose date has passed and that are not applied yet").build(),
                () -> current()[0]);
        registry.gauge(Metadata.builder().withName("dated_decisions_failed")
                .withDescription("Decided changes the job could not apply, left for a person").build(),
                () -> current()[1]);
        registry.gauge(Metadata.builder().withName("dated_decision_oldest_overdue_seconds")
                .withDescription("How long the oldest overdue dated decision has been due").build(),
                () -> current()[2]);
    }

    private long[] current() {
        return backlog.get(dated::backlog);
    }
}
