package org.inspectorate.ops.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.inspectorate.report.application.ReportQueries;
import org.inspectorate.report.application.ReportStats;
import org.inspectorate.report.domain.ReportState;

/**
 * The report pipeline at /metrics: reports per state ({@code report_state_count}), how long the oldest has been
 * in each state ({@code report_state_oldest_age_seconds}), and the share of published reports that were published
 * within 50 days of their site visit ({@code report_published_within_target_ratio}). One query per interval.
 */
@ApplicationScoped
public class ReportMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    ReportQueries reports;

    private final CachedValue<ReportStats> stats = new CachedValue<>(5_000);

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        for (ReportState s : ReportState.values()) {
            Tag[] tags = {new Tag("state", s.name())};
            registry.gauge(Metadata.builder().withName("report_state_count")
                    .withDescription("Reports in the state").build(),
                    () -> current().counts().getOrDefault(s.name(), 0L), tags);
            registry.gauge(Metadata.builder().withName("report_state_oldest_age_seconds")
                    .withDescription("How long the report longest in the state has been in it").build(), () -> {
                        ReportStats now = current();
                        Instant since = now.oldestSince().get(s.name());
                        return since == null ? 0L : Math.max(0, Duration.between(since, now.at()).toSeconds());
                    }, tags);
        }
        registry.gauge(Metadata.builder().withName("report_published_within_target_ratio")
                .withDescription("Share of published reports published within 50 days of the end of the site visit")
                .build(), () -> current().shareWithinTarget());
        registry.gauge(Metadata.builder().withName("report_published_total")
                .withDescription("Reports currently published").build(), () -> current().published());
    }

    private ReportStats current() {
        return stats.get(reports::stats);
    }
}
