package org.inspectorate.ops.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.inspectorate.workload.application.WaitingWork;

/** Work waiting on absent people at /metrics: open items held by someone away (or soon), suspended or ended. */
@ApplicationScoped
public class WorkloadMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    WaitingWork work;

    private final CachedValue<Long> waiting = new CachedValue<>(5_000);

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        registry.gauge(Metadata.builder().withName("work_waiting_on_absent_people")
                .withDescription("Open work held by people away today or within 14 days, suspended or ended").build(),
                () -> waiting.get(work::countAll));
    }
}
