package org.inspectorate.ops.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.inspectorate.enforcement.application.Board;
import org.inspectorate.enforcement.application.EnforcementQueries;
import org.inspectorate.enforcement.domain.ActionKind;
import org.inspectorate.enforcement.domain.Stage;

/**
 * Enforcement at /metrics: open cases by stage and the age of the oldest at each stage, and actions whose
 * clocks are overdue (by kind and in total). One board query per scrape interval.
 */
@ApplicationScoped
public class EnforcementMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    EnforcementQueries enforcement;

    private final CachedValue<Board> board = new CachedValue<>(5_000);

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        for (Stage stage : Stage.values()) {
            if (!stage.open()) {
                continue;
            }
            Tag tag = new Tag("stage", stage.name());
            registry.gauge(Metadata.builder().withName("enforcement_cases_open")
                    .withDescription("Open enforcement cases at the stage").build(), () -> column(stage).count(), tag);
            registry.gauge(Metadata.builder().withName("enforcement_cases_oldest_at_stage_seconds")
                    .withDescription("How long the oldest case at the stage has been there").build(), () -> {
                        Board.StageColumn c = column(stage);
                        return c.oldest() == null ? 0L : Duration.between(c.oldest(), current().at()).toSeconds();
                    }, tag);
        }
        for (ActionKind kind : ActionKind.values()) {
            registry.gauge(Metadata.builder().withName("enforcement_clocks_overdue")
                    .withDescription("Actions whose next step is past its due date").build(),
                    () -> current().overdueByKind().getOrDefault(kind.name(), 0L), new Tag("kind", kind.name()));
        }
        registry.gauge(Metadata.builder().withName("enforcement_cases_open_total")
                .withDescription("Open enforcement cases, all stages").build(), () -> current().open());
        registry.gauge(Metadata.builder().withName("enforcement_clocks_overdue_total")
                .withDescription("Actions whose next step is past its due date, all kinds").build(),
                () -> current().overdueClocks());
    }

    private Board current() {
        return board.get(enforcement::board);
    }

    private Board.StageColumn column(Stage stage) {
        return current().stages().stream().filter(c -> c.stage().equals(stage.name())).findFirst()
                .orElse(new Board.StageColumn(stage.name(), stage.label(), 0, java.util.List.of(), null, 0));
    }
}
