package org.inspectorate.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.ToDoubleFunction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.inspectorate.registration.domain.ApplicationStatus;

/**
 * The registration backlog at /metrics: open applications and the age of the oldest per status, applications
 * past the decision target, median validation-to-decision days, overdue requests and notices. One dashboard
 * query per 5 seconds however many gauges are read.
 */
@ApplicationScoped
public class RegistrationMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    DashboardQueries queries;

    private volatile RegistrationDashboard cached;
    private volatile long cachedAt;

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        for (ApplicationStatus s : DashboardQueries.OPEN) {
            Tag[] tags = {new Tag("status", s.name())};
            registry.gauge(Metadata.builder().withName("registration_applications")
                    .withDescription("Open registration applications in the status").build(),
                    () -> current().byStageAndAge().get(s.name()).values().stream().mapToLong(Long::longValue).sum(), tags);
            registry.gauge(Metadata.builder().withName("registration_oldest_age_seconds")
                    .withDescription("Time the oldest application has been in the status").build(),
                    () -> current().oldest().stream().filter(o -> o.status().equals(s.name())).findFirst()
                            .map(o -> java.time.Duration.between(o.since(), current().at()).toSeconds()).orElse(0L), tags);
        }
        gauge("registration_over_target", "Validated applications without a decision after the target", d -> d.overTarget());
        gauge("registration_target_days", "Target from validation to decision, in days", d -> d.targetWeeks() * 7.0);
        gauge("registration_decision_days_median", "Median days from validation to decision, last 12 months",
                d -> d.decisions().medianDays());
        gauge("registration_decisions_within_target_percent", "Decisions within the target, last 12 months",
                d -> d.decisions().percentWithinTarget());
        gauge("registration_requests_overdue", "Requests for information past their date, unanswered",
                d -> d.overdueRequests());
        gauge("notices_overdue", "Open notices with an overdue step", d -> d.overdueNotices());
    }

    private void gauge(String name, String description, ToDoubleFunction<RegistrationDashboard> value) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).build(),
                () -> value.applyAsDouble(current()));
    }

    private RegistrationDashboard current() {
        long now = System.currentTimeMillis();
        RegistrationDashboard d = cached;
        if (d == null || now - cachedAt > 5_000) {
            d = queries.dashboard();
            cached = d;
            cachedAt = now;
        }
        return d;
    }
}
