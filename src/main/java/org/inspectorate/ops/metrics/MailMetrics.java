package org.inspectorate.ops.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.inspectorate.shared.mail.MailOutbox;
import org.inspectorate.shared.mail.OutboxStats;

/** The mail outbox as a queue: unsent messages and the age of the oldest (cached for a few seconds). */
@ApplicationScoped
public class MailMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    MailOutbox outbox;

    private final CachedValue<OutboxStats> stats = new CachedValue<>(5_000);

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        gauge("mail_outbox_unsent", "Emails waiting to be sent", OutboxStats::unsent);
        gauge("mail_outbox_oldest_unsent_seconds", "Age in seconds of the oldest email waiting to be sent",
                OutboxStats::oldestAgeSeconds);
    }

    private void gauge(String name, String description, ToLongFunction<OutboxStats> value) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).build(),
                () -> value.applyAsLong(stats.get(outbox::stats)));
    }
}
