package org.inspectorate.ops.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.inspectorate.assessment.application.AssessmentQueries;
import org.inspectorate.assessment.application.AssessmentViews;
import org.inspectorate.rating.application.RatingQueries;
import org.inspectorate.rating.application.RecomputeJob;
import org.inspectorate.rating.persistence.JobStore;

/**
 * Assessments and rating recomputes at /metrics: assessments by state, the age of the oldest assessment not yet
 * approved, the rating proposals waiting for their report (count, oldest age), and the latest recompute job's
 * progress (total, processed, running, computation time).
 */
@ApplicationScoped
public class AssessmentMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    AssessmentQueries assessments;

    @Inject
    RecomputeJob recompute;

    @Inject
    RatingQueries ratings;

    private final CachedValue<AssessmentViews.StateCounts> counts = new CachedValue<>(5_000);
    private final CachedValue<Optional<JobStore.Job>> job = new CachedValue<>(1_000);
    private final CachedValue<long[]> waiting = new CachedValue<>(5_000);

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        state("OPEN", AssessmentViews.StateCounts::open);
        state("SUBMITTED", AssessmentViews.StateCounts::submitted);
        state("APPROVED", AssessmentViews.StateCounts::approved);
        registry.gauge(Metadata.builder().withName("assessment_oldest_unapproved_age_seconds")
                .withDescription("Age of the oldest assessment not yet approved (open or waiting for approval)").build(),
                () -> {
                    Instant oldest = counts().oldestUnapprovedOpenedAt();
                    return oldest == null ? 0L : Duration.between(oldest, Instant.now()).toSeconds();
                });
        registry.gauge(Metadata.builder().withName("rating_proposals_waiting").withDescription("Ratings proposed by"
                + " approved assessments and waiting for their report to be published").build(),
                () -> proposals()[0]);
        registry.gauge(Metadata.builder().withName("rating_proposal_oldest_age_seconds").withDescription("Age of the"
                + " oldest proposal of ratings still waiting for its report").build(), () -> {
                    long oldest = proposals()[1];
                    return oldest == 0 ? 0L : Math.max(0L, Instant.now().getEpochSecond() - oldest);
                });
        jobGauge("rating_recompute_total", "Current ratings the latest recompute covers", j -> (long) j.total());
        jobGauge("rating_recompute_processed", "Ratings the latest recompute has recomputed so far",
                j -> (long) j.processed());
        jobGauge("rating_recompute_running", "1 while a recompute is running", j -> "RUNNING".equals(j.state()) ? 1L : 0L);
        jobGauge("rating_recompute_compute_millis", "Computation time of the latest recompute, without database time",
                JobStore.Job::computeMillis);
    }

    private void state(String state, Function<AssessmentViews.StateCounts, Long> value) {
        registry.gauge(Metadata.builder().withName("assessment_count").withDescription("Assessments in each state")
                .build(), () -> value.apply(counts()), new Tag("state", state));
    }

    private void jobGauge(String name, String description, Function<JobStore.Job, Long> value) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).build(),
                () -> job.get(recompute::latest).map(value).orElse(0L));
    }

    private long[] proposals() {
        return waiting.get(ratings::waitingProposals);
    }

    private AssessmentViews.StateCounts counts() {
        return counts.get(assessments::stateCounts);
    }
}
