package org.inspectorate.ops.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.triage.application.Backlog;
import org.inspectorate.triage.application.TriageQueries;
import org.inspectorate.triage.domain.QueueFilter;
import org.inspectorate.triage.domain.Team;

/**
 * The triage backlog at /metrics: for every queue (team and region, region "NONE" for items not linked to a
 * location) its open items, unassigned items, items past due and the age of its oldest item in seconds; and
 * the same totals. One backlog query per scrape interval, however many gauges read it.
 */
@ApplicationScoped
public class TriageMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    TriageQueries triage;

    private final CachedValue<Backlog> backlog = new CachedValue<>(5_000);

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        for (Team team : Team.values()) {
            for (String region : regions()) {
                String key = team.name() + "/" + region;
                Tag[] tags = {new Tag("team", team.name()), new Tag("region", region)};
                gauge("triage_queue_size", "Open items in the queue", tags, q -> q.open(), key);
                gauge("triage_queue_unassigned", "Open items nobody is assigned to", tags, q -> q.newCount(), key);
                gauge("triage_queue_past_due", "Open items past their due time", tags, q -> q.pastDue(), key);
                gauge("triage_queue_oldest_age_seconds", "Age of the oldest open item in the queue", tags,
                        q -> q.oldestReceivedAt() == null ? 0 : java.time.Duration.between(q.oldestReceivedAt(),
                                current().at()).toSeconds(), key);
            }
        }
        registry.gauge(Metadata.builder().withName("triage_open_total").withDescription("Open items in all queues")
                .build(), () -> current().open());
        registry.gauge(Metadata.builder().withName("triage_past_due_total")
                .withDescription("Open items past their due time, all queues").build(), () -> current().pastDue());
    }

    private void gauge(String name, String description, Tag[] tags, Function<Backlog.QueueSummary, Long> value,
            String key) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).build(), () -> {
            Backlog.QueueSummary q = byKey().get(key);
            return q == null ? 0L : value.apply(q);
        }, tags);
    }

    private Backlog current() {
        return backlog.get(triage::backlog);
    }

    private Map<String, Backlog.QueueSummary> byKey() {
        return current().queues().stream().collect(Collectors.toMap(q -> q.team() + "/" + q.region(), q -> q));
    }

    private static java.util.List<String> regions() {
        java.util.List<String> all = new java.util.ArrayList<>();
        for (Region r : Region.values()) {
            all.add(r.name());
        }
        all.add(QueueFilter.NO_REGION);
        return all;
    }
}
