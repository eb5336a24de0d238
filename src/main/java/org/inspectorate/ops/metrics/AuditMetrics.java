package org.inspectorate.ops.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.inspectorate.audit.application.AuditChainVerifier;
import org.inspectorate.audit.domain.ChainVerification;

/**
 * The audit trail's hash chains at /metrics, from the verifier's last check: intact (1), broken (0) or not checked
 * yet since start-up (-1); how many chains are broken; and how long ago the last check ran. Alert on anything but 1.
 */
@ApplicationScoped
public class AuditMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    AuditChainVerifier verifier;

    @Inject
    Clock clock;

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        registry.gauge(Metadata.builder().withName("audit_chain_intact")
                .withDescription("1 when the audit trail's hash chains held at the last check, 0 when broken, -1 before the first")
                .build(), () -> verifier.lastOutcome().map(v -> v.intact() ? 1 : 0).orElse(-1));
        registry.gauge(Metadata.builder().withName("audit_chain_broken_chains")
                .withDescription("Hash chains of the audit trail broken at the last check, and rows in no chain").build(),
                () -> verifier.lastOutcome().map(v -> v.breaks().size() + (v.unlinkedRows() > 0 ? 1 : 0)).orElse(0));
        registry.gauge(Metadata.builder().withName("audit_chain_checked_seconds_ago")
                .withDescription("Seconds since the audit trail's hash chains were last checked (-1 before the first)")
                .build(), () -> verifier.lastOutcome().map(ChainVerification::verifiedAt)
                        .map(t -> Duration.between(t, clock.instant()).toSeconds()).orElse(-1L));
    }
}
