package org.inspectorate.rating.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectorate.assessment.application.AssessmentApproved;
import org.inspectorate.assessment.application.AssessmentQueries;
import org.inspectorate.assessment.application.AssessmentSnapshot;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.rating.domain.KeyQuestion;
import org.inspectorate.rating.domain.RatingResult;
import org.inspectorate.rating.persistence.NewRating;
import org.inspectorate.rating.persistence.RatingStore;

/**
 * Publishes the ratings of approved assessments: works them out under each assessment's methodology version with
 * the breaches in force, and makes them the locations' current ratings, superseding (not rewriting) earlier ones.
 */
@ApplicationScoped
public class RatingPublisher {

    @Inject
    AssessmentQueries assessments;

    @Inject
    RatingCalculator calculator;

    @Inject
    Breaches breaches;

    @Inject
    RatingStore store;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    void onApproval(@Observes AssessmentApproved approved) {
        publish(List.of(approved.assessmentId()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<RatingResult> publish(List<Long> assessmentIds) {
        Map<Long, AssessmentSnapshot> snaps = assessments.snapshots(assessmentIds);
        Map<String, List<ActiveBreach>> inForce = breaches.of(snaps.values().stream()
                .map(AssessmentSnapshot::locationId).distinct().toList());
        List<NewRating> rows = new ArrayList<>();
        List<RatingResult> results = new ArrayList<>();
        for (Long id : assessmentIds) {
            AssessmentSnapshot s = snaps.get(id);
            RatingResult r = calculator.rate(s, calculator.rules(s.methodologyCode()),
                    RatingCalculator.breaches(inForce.getOrDefault(s.locationId(), List.of())));
            rows.add(row(s, r, "APPROVAL", null, null));
            results.add(r);
        }
        store.publish(rows, clock.instant());
        for (int i = 0; i < rows.size(); i++) {
            NewRating n = rows.get(i);
            audit.record("RATING_PUBLISHED", "Location", n.locationId(), null, ratings(n), "From assessment "
                    + n.assessmentId() + " under " + n.methodologyCode() + ": " + String.join(" ",
                            results.get(i).overallRules()));
        }
        return results;
    }

    static NewRating row(AssessmentSnapshot s, RatingResult r, String cause, Long jobId,
            java.time.Instant reportPublishedAt) {
        String[] ratings = new String[6];
        ratings[0] = StoredExplanation.name(r.overall());
        KeyQuestion[] kqs = KeyQuestion.values();
        for (int i = 0; i < kqs.length; i++) {
            ratings[i + 1] = StoredExplanation.name(r.ratingOf(kqs[i]));
        }
        return new NewRating(s.locationId(), s.providerId(), s.assessmentId(), r.methodologyCode(), ratings,
                r.oldestEvidence(), r.latestEvidence(), StoredExplanation.of(r).toJson(), cause, jobId,
                reportPublishedAt);
    }

    static Map<String, Object> ratings(NewRating n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("assessment", n.assessmentId());
        m.put("methodology", n.methodologyCode());
        m.put("overall", n.ratings()[0]);
        KeyQuestion[] kqs = KeyQuestion.values();
        for (int i = 0; i < kqs.length; i++) {
            m.put(kqs[i].name(), n.ratings()[i + 1]);
        }
        return m;
    }
}
