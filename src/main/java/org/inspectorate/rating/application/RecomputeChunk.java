package org.inspectorate.rating.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.inspectorate.assessment.application.AssessmentQueries;
import org.inspectorate.assessment.application.AssessmentSnapshot;
import org.inspectorate.assessment.domain.Framework;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.rating.domain.RatingResult;
import org.inspectorate.rating.domain.RatingRules;
import org.inspectorate.rating.persistence.JobStore;
import org.inspectorate.rating.persistence.NewRating;
import org.inspectorate.rating.persistence.RatingStore;

/**
 * One chunk of a recompute, in one transaction: read a keyset page of current ratings, their assessments' scores
 * and the breaches in force (three batched reads), compute, then supersede and insert (two JDBC batches) and count
 * the progress. The chunk's computation time is measured separately from its database time.
 */
@ApplicationScoped
public class RecomputeChunk {

    public record Outcome(long lastId, int processed, long computeNanos) {
    }

    @Inject
    RatingStore store;

    @Inject
    JobStore jobs;

    @Inject
    AssessmentQueries assessments;

    @Inject
    Breaches breaches;

    @Inject
    RatingCalculator calculator;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome run(long jobId, RatingRules rules, long afterId, long maxId, int size) {
        List<RatingStore.Key> keys = store.currentChunk(afterId, maxId, size);
        if (keys.isEmpty()) {
            return new Outcome(afterId, 0, 0);
        }
        Map<Long, AssessmentSnapshot> snaps = assessments.snapshots(keys.stream().map(RatingStore.Key::assessmentId)
                .distinct().toList());
        Map<String, List<ActiveBreach>> inForce = breaches.of(keys.stream().map(RatingStore.Key::locationId).toList());
        Framework framework = calculator.framework(rules);
        long start = System.nanoTime();
        // Pure computation (engine and explanation text), spread over the cores; the database work stays batched.
        List<NewRating> rows = keys.parallelStream().map(k -> {
            AssessmentSnapshot s = snaps.get(k.assessmentId());
            RatingResult r = RatingCalculator.rate(s, framework, rules,
                    RatingCalculator.breaches(inForce.getOrDefault(k.locationId(), List.of())));
            return RatingPublisher.row(s, r, "RECOMPUTE", jobId, k.reportPublishedAt(), k.reportId());
        }).toList();
        long computeNanos = System.nanoTime() - start;
        store.publish(rows, clock.instant());
        jobs.progress(jobId, rows.size(), computeNanos / 1_000_000);
        long last = keys.get(keys.size() - 1).id();
        audit.record("RATINGS_RECOMPUTED", "RatingRecomputeJob", String.valueOf(jobId), null,
                Map.of("ratings", rows.size(), "firstId", keys.get(0).id(), "lastId", last,
                        "methodology", rules.methodologyCode()),
                rows.size() + " current ratings recomputed under " + rules.methodologyCode());
        return new Outcome(last, rows.size(), computeNanos);
    }
}
