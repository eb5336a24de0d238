package org.inspectorate.rating.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspectorate.assessment.application.AssessmentApproved;
import org.inspectorate.assessment.application.AssessmentQueries;
import org.inspectorate.assessment.application.AssessmentSnapshot;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.rating.domain.KeyQuestion;
import org.inspectorate.rating.domain.RatingResult;
import org.inspectorate.rating.persistence.NewRating;
import org.inspectorate.rating.persistence.ProposalRow;
import org.inspectorate.rating.persistence.RatingRow;
import org.inspectorate.rating.persistence.RatingStore;

/**
 * Works out the ratings of approved assessments under each assessment's methodology version with the breaches in
 * force. Approval only proposes them; they become the location's current ratings, superseding (not rewriting)
 * earlier ones, when a report written for the assessment is published ({@link #publishWithReport}). Withdrawing the
 * report withdraws the proposal, or, once published, puts the location's previous ratings back.
 */
@ApplicationScoped
public class RatingPublisher {

    static final String PROPOSED = "PROPOSED";
    static final String PUBLISHED = "PUBLISHED";
    static final String WITHDRAWN = "WITHDRAWN";

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
        propose(approved.assessmentId());
    }

    /** Proposes the ratings of a just-approved assessment: staff and the provider see them; the public does not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RatingResult propose(long assessmentId) {
        Worked w = work(List.of(assessmentId), "PROPOSAL", null, null).get(0);
        Map<String, Object> before = store.proposal(assessmentId).map(RatingPublisher::ratings).orElse(null);
        store.propose(w.row(), clock.instant());
        audit.record("RATING_PROPOSED", "Location", w.row().locationId(), before, ratings(w.row()), "From assessment "
                + assessmentId + " under " + w.row().methodologyCode() + ", published with its report: "
                + String.join(" ", w.result().overallRules()));
        return w.result();
    }

    /**
     * Publishes the ratings proposed for this assessment with its report, worked out again with the breaches in
     * force today. Ratings of an assessment already published (by another report, or the demo data) only get the
     * report's date. Returns whether this report published them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean publishWithReport(long assessmentId, long reportId, Instant at) {
        Optional<ProposalRow> proposal = store.proposal(assessmentId);
        if (proposal.isEmpty() || proposal.get().published()) {
            if (store.recordReportPublished(assessmentId, reportId, at) > 0) {
                audit.record("RATING_REPORT_PUBLISHED", "Assessment", String.valueOf(assessmentId), "Report "
                        + reportId + " of assessment " + assessmentId + " published");
            }
            return false;
        }
        Worked w = work(List.of(assessmentId), "REPORT", at, reportId).get(0);
        Map<String, Object> before = store.current(w.row().locationId()).map(RatingPublisher::ratings).orElse(null);
        store.publish(List.of(w.row()), at);
        store.decide(assessmentId, List.of(PROPOSED, WITHDRAWN), PUBLISHED, reportId, at);
        audit.record("RATING_PUBLISHED", "Location", w.row().locationId(), before, ratings(w.row()), "With report "
                + reportId + ", from assessment " + assessmentId + " under " + w.row().methodologyCode() + ": "
                + String.join(" ", w.result().overallRules()));
        return true;
    }

    /**
     * The report written for this assessment was withdrawn: a proposal waiting for it is withdrawn; ratings it
     * published stop being current, and the location's previous ratings (if any) are current again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawWithReport(long assessmentId, long reportId, Instant at) {
        Optional<ProposalRow> proposal = store.proposal(assessmentId);
        if (proposal.isEmpty() || !reportMayMove(proposal.get(), reportId)) {
            return;
        }
        ProposalRow p = proposal.get();
        store.decide(assessmentId, List.of(PROPOSED, PUBLISHED), WITHDRAWN, reportId, at);
        Optional<RatingRow> current = store.current(p.locationId()).filter(r -> r.assessmentId() == assessmentId);
        String detail = "Report " + reportId + " withdrawn: ratings of assessment " + assessmentId + " withdrawn";
        if (current.isPresent()) {
            Optional<RatingRow> previous = store.previous(p.locationId(), assessmentId);
            if (previous.isPresent()) {
                store.publish(List.of(previous.get().republished("WITHDRAWAL")), at);
                detail += "; the previous ratings (assessment " + previous.get().assessmentId() + ") are current again";
            } else {
                store.supersede(p.locationId(), at);
                detail += "; the location has no current rating";
            }
        }
        audit.record("RATING_WITHDRAWN", "Location", p.locationId(), current.map(RatingPublisher::ratings)
                .orElse(ratings(p)), null, detail);
    }

    /** A withdrawn report was reinstated as a draft: its assessment's ratings are proposed again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reinstateWithReport(long assessmentId, long reportId, Instant at) {
        Optional<ProposalRow> proposal = store.proposal(assessmentId);
        if (proposal.isPresent() && WITHDRAWN.equals(proposal.get().state())
                && reportMayMove(proposal.get(), reportId)) {
            propose(assessmentId);
        }
    }

    /** Publishes straight away, without a report: the demo register's ratings, as if their reports were out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RatingResult> publish(List<Long> assessmentIds) {
        List<Worked> worked = work(assessmentIds, "APPROVAL", null, null);
        store.publish(worked.stream().map(Worked::row).toList(), clock.instant());
        for (Worked w : worked) {
            audit.record("RATING_PUBLISHED", "Location", w.row().locationId(), null, ratings(w.row()),
                    "From assessment " + w.row().assessmentId() + " under " + w.row().methodologyCode() + ": "
                            + String.join(" ", w.result().overallRules()));
        }
        return worked.stream().map(Worked::result).toList();
    }

    /** Only the report that published a proposal, or any report while it waits, may withdraw or reinstate it. */
    private static boolean reportMayMove(ProposalRow p, long reportId) {
        return p.reportId() == null || p.reportId() == reportId;
    }

    private record Worked(NewRating row, RatingResult result) {
    }

    private List<Worked> work(List<Long> assessmentIds, String cause, Instant reportAt, Long reportId) {
        Map<Long, AssessmentSnapshot> snaps = assessments.snapshots(assessmentIds);
        Map<String, List<ActiveBreach>> inForce = breaches.of(snaps.values().stream()
                .map(AssessmentSnapshot::locationId).distinct().toList());
        List<Worked> out = new ArrayList<>();
        for (Long id : assessmentIds) {
            AssessmentSnapshot s = snaps.get(id);
            RatingResult r = calculator.rate(s, calculator.rules(s.methodologyCode()),
                    RatingCalculator.breaches(inForce.getOrDefault(s.locationId(), List.of())));
            out.add(new Worked(row(s, r, cause, null, reportAt, reportId), r));
        }
        return out;
    }

    static NewRating row(AssessmentSnapshot s, RatingResult r, String cause, Long jobId, Instant reportPublishedAt,
            Long reportId) {
        String[] ratings = new String[6];
        ratings[0] = StoredExplanation.name(r.overall());
        KeyQuestion[] kqs = KeyQuestion.values();
        for (int i = 0; i < kqs.length; i++) {
            ratings[i + 1] = StoredExplanation.name(r.ratingOf(kqs[i]));
        }
        return new NewRating(s.locationId(), s.providerId(), s.assessmentId(), r.methodologyCode(), ratings,
                r.oldestEvidence(), r.latestEvidence(), StoredExplanation.of(r).toJson(), cause, jobId,
                reportPublishedAt, reportId);
    }

    static Map<String, Object> ratings(NewRating n) {
        return ratings(n.assessmentId(), n.methodologyCode(), n.ratings());
    }

    static Map<String, Object> ratings(RatingRow r) {
        return ratings(r.assessmentId(), r.methodologyCode(), r.ratings());
    }

    static Map<String, Object> ratings(ProposalRow p) {
        Map<String, Object> m = ratings(p.assessmentId(), p.methodologyCode(), p.ratings());
        m.put("state", p.state());
        return m;
    }

    private static Map<String, Object> ratings(long assessmentId, String methodologyCode, String[] ratings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("assessment", assessmentId);
        m.put("methodology", methodologyCode);
        m.put("overall", ratings[0]);
        KeyQuestion[] kqs = KeyQuestion.values();
        for (int i = 0; i < kqs.length; i++) {
            m.put(kqs[i].name(), ratings[i + 1]);
        }
        return m;
    }
}
