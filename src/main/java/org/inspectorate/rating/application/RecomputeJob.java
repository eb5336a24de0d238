package org.inspectorate.rating.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.inspectorate.assessment.application.FrameworkCatalogue;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.rating.domain.RatingRules;
import org.inspectorate.rating.persistence.JobStore;
import org.inspectorate.rating.persistence.RatingStore;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.RequestActor;

/**
 * Recomputes every current rating under a methodology version, in the background, chunk by chunk (each chunk its own
 * transaction, so progress is visible and a failure loses at most one chunk). The ratings it replaces stay on
 * record as superseded. Only one recompute runs at a time (a unique index on running jobs).
 */
@ApplicationScoped
public class RecomputeJob {

    public static final int CHUNK = 2000;
    private static final Logger LOG = Logger.getLogger(RecomputeJob.class.getName());

    @Resource(lookup = "concurrent/appExecutor")
    ManagedExecutorService executor;

    @Inject
    RecomputeChunk chunks;

    @Inject
    RatingStore store;

    @Inject
    JobStore jobs;

    @Inject
    RatingCalculator calculator;

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    AuditLog audit;

    @Inject
    RequestActor actor;

    @Inject
    Clock clock;

    @Inject
    Event<Requested> requested;

    /** Managers and administrators start recomputes; the page offers the button to them alone. */
    public boolean mayStart() {
        return actor.caller().isManager();
    }

    @Transactional
    public long start(String methodologyCode) {
        Caller c = actor.caller();
        if (!mayStart()) {
            audit.recordSecurityEvent("ACCESS_REFUSED", "RatingRecomputeJob", null, "Not a manager or administrator");
            throw new Forbidden("Only a manager or an administrator can recompute ratings");
        }
        if (methodologyCode == null || catalogue.methodology(methodologyCode).isEmpty()) {
            throw ValidationFailure.of("methodology", "Choose a methodology version");
        }
        if (jobs.latest().filter(j -> "RUNNING".equals(j.state())).isPresent()) {
            throw ValidationFailure.of("methodology", "A recompute is already running; wait for it to finish");
        }
        long[] extent = store.currentExtent();
        long id = jobs.create(methodologyCode, (int) extent[0], c.name(), clock.instant());
        audit.record("RATING_RECOMPUTE_STARTED", "RatingRecomputeJob", String.valueOf(id), null,
                java.util.Map.of("methodology", methodologyCode, "ratings", extent[0]),
                "Recompute of every current rating under " + methodologyCode);
        requested.fire(new Requested(id, methodologyCode, extent[1]));
        return id;
    }

    /** Fired inside the starting transaction; the job runs once the job row is committed. */
    public record Requested(long jobId, String methodologyCode, long maxId) {
    }

    /**
     * A job cannot survive a restart (it runs in this server's executor): any left running is marked failed. Before
     * the first migration the table does not exist yet, and there is nothing to mark.
     */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
        try {
            int n = jobs.failInterrupted(clock.instant());
            if (n > 0) {
                LOG.warning(() -> n + " rating recompute job(s) were interrupted by a restart and marked failed");
            }
        } catch (RuntimeException e) {
            LOG.fine(() -> "No recompute jobs to check: " + e.getMessage());
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Requested r) {
        RatingRules rules = calculator.rules(r.methodologyCode());
        executor.execute(() -> run(r.jobId(), rules, r.maxId()));
    }

    public Optional<JobStore.Job> job(long id) {
        return jobs.find(id);
    }

    public Optional<JobStore.Job> latest() {
        return jobs.latest();
    }

    void run(long id, RatingRules rules, long maxId) {
        try {
            long after = 0;
            while (true) {
                RecomputeChunk.Outcome o = chunks.run(id, rules, after, maxId, CHUNK);
                if (o.processed() == 0) {
                    break;
                }
                after = o.lastId();
            }
            jobs.finish(id, "DONE", null, clock.instant());
        } catch (RuntimeException e) {
            LOG.severe(() -> "Rating recompute " + id + " failed: " + e);
            jobs.finish(id, "FAILED", e.toString(), clock.instant());
        }
    }
}
