package org.inspectorate.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspectorate.assessment.domain.Assessment;
import org.inspectorate.assessment.domain.AssessmentState;
import org.inspectorate.assessment.domain.EvidenceItem;
import org.inspectorate.assessment.domain.Framework;
import org.inspectorate.assessment.persistence.AssessmentRepository;
import org.inspectorate.assessment.persistence.SnapshotReader;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;

/**
 * Reading assessments. Staff see every assessment; a provider's users see only their own organisation's approved
 * assessments (another organisation's is refused as not found and audited; a draft is simply not found), and a
 * location-scoped user only those of their locations (refused as forbidden and audited).
 */
@ApplicationScoped
public class AssessmentQueries {

    @Inject
    AssessmentRepository assessments;

    @Inject
    SnapshotReader snapshots;

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    ProviderAccess access;

    @Transactional
    public Page<AssessmentViews.Summary> page(AssessmentState state, String locationId, PageRequest request) {
        List<AssessmentViews.Summary> items = assessments.page(state, locationId, request.offset(), request.size())
                .stream().map(AssessmentQueries::summary).toList();
        return new Page<>(items, assessments.count(state, locationId), request);
    }

    @Transactional
    public AssessmentViews.Detail detail(long id) {
        Assessment a = assessments.find(id).orElse(null);
        if (!access.caller().isStaff()) {
            access.checkOwnedBy("Assessment", String.valueOf(id), a == null ? null : a.providerId());
            if (a.state() != AssessmentState.APPROVED) {
                throw new NotFound("assessment", String.valueOf(id));
            }
            access.checkLocation(a.locationId(), false);
        }
        if (a == null) {
            throw new NotFound("assessment", String.valueOf(id));
        }
        Framework f = catalogue.frameworkOf(a.methodologyCode());
        List<AssessmentViews.Score> scores = assessments.scores(id).stream().map(s -> new AssessmentViews.Score(s.id(),
                s.statementCode(), statementName(f, s.statementCode()), keyQuestion(f, s.statementCode()),
                s.categoryCode(), categoryName(f, s.categoryCode()), s.score(), s.rationale(), s.carriedForward(),
                s.sourceAssessmentId(), s.evidenceDate(), s.scoredByName(), s.scoredAt())).toList();
        List<AssessmentViews.Evidence> evidence = assessments.evidence(id).stream().map(e -> evidence(f, e)).toList();
        List<AssessmentViews.Breach> breaches = assessments.breaches(id).stream().map(b -> new AssessmentViews.Breach(
                b.id(), b.statementCode(), b.regulation(), b.description(), b.recordedByName())).toList();
        List<AssessmentViews.Override> overrides = assessments.overrides(id).stream().map(o ->
                new AssessmentViews.Override(o.id(), o.keyQuestion() == null ? "OVERALL" : o.keyQuestion(), o.rating(),
                        o.reason(), o.state().name(), o.proposedByName(), o.decidedByName())).toList();
        int reassessed = (int) scores.stream().filter(s -> !s.carriedForward()).map(AssessmentViews.Score::statementCode)
                .filter(a::reassesses).distinct().count();
        List<AssessmentViews.Carried> carried = assessments.carries(id).entrySet().stream().map(e ->
                new AssessmentViews.Carried(e.getKey(), statementName(f, e.getKey()), e.getValue())).toList();
        return new AssessmentViews.Detail(summary(a), List.copyOf(a.scope()), a.submittedByName(), a.submittedAt(),
                a.approvedByName(), a.approvedAt(), scores, evidence, breaches, overrides, reassessed, carried);
    }

    /** Why each statement an assessment carries forward on purpose is not reassessed, by statement code. */
    @Transactional
    public Map<String, String> carryReasons(long assessmentId) {
        return assessments.carries(assessmentId);
    }

    /**
     * The rationale of each score row of an assessment (carried rows keep the rationale given when first scored),
     * keyed by {@link #rowKey}.
     */
    @Transactional
    public Map<String, String> rationales(long assessmentId) {
        Map<String, String> byRow = new java.util.HashMap<>();
        assessments.scores(assessmentId).forEach(s -> byRow.put(rowKey(s.statementCode(), s.categoryCode()),
                s.rationale()));
        return byRow;
    }

    /** The key of one score row: its statement and evidence category (none for the statement's own score). */
    public static String rowKey(String statementCode, String categoryCode) {
        return statementCode + "/" + (categoryCode == null ? "" : categoryCode);
    }

    /** Evidence items of these assessments, for explaining scores first given in them. */
    @Transactional
    public List<AssessmentViews.Evidence> evidenceOf(List<Long> assessmentIds, String frameworkCode) {
        Framework f = catalogue.framework(frameworkCode);
        return assessments.evidenceOf(assessmentIds).stream().map(e -> evidence(f, e)).toList();
    }

    @Transactional
    public Map<Long, AssessmentSnapshot> snapshots(List<Long> assessmentIds) {
        return snapshots.read(assessmentIds);
    }

    /**
     * Breaches found in each location's latest approved assessment: [statement, regulation, description, approved
     * on, assessment starts on, assessment ends on].
     */
    @Transactional
    public Map<String, List<String[]>> breachesOfLatestApproved(List<String> locationIds) {
        return snapshots.breachesOfLatestApproved(locationIds);
    }

    /** The location an assessment is of, for other contexts that link to it (a report is written for one). */
    @Transactional
    public Optional<String> locationOf(long assessmentId) {
        return assessments.find(assessmentId).map(Assessment::locationId);
    }

    @Transactional
    public Optional<Long> latestApproved(String locationId) {
        return assessments.latestApproved(locationId).map(Assessment::id);
    }

    @Transactional
    public AssessmentViews.StateCounts stateCounts() {
        long open = 0;
        long submitted = 0;
        long approved = 0;
        Instant oldest = null;
        for (Object[] row : assessments.countsByState()) {
            AssessmentState s = (AssessmentState) row[0];
            long n = ((Number) row[1]).longValue();
            Instant at = (Instant) row[2];
            switch (s) {
                case OPEN -> open = n;
                case SUBMITTED -> submitted = n;
                case APPROVED -> approved = n;
            }
            if (s != AssessmentState.APPROVED && at != null && (oldest == null || at.isBefore(oldest))) {
                oldest = at;
            }
        }
        return new AssessmentViews.StateCounts(open, submitted, approved, oldest);
    }

    static AssessmentViews.Summary summary(Assessment a) {
        return new AssessmentViews.Summary(a.id(), a.locationId(), a.locationName(), a.providerId(), a.kind().name(),
                a.state().name(), a.state().label(), a.methodologyCode(), a.team(), a.startsOn(), a.endsOn(),
                a.openedByName(), a.openedAt(), a.ownerName());
    }

    private static AssessmentViews.Evidence evidence(Framework f, EvidenceItem e) {
        return new AssessmentViews.Evidence(e.id(), e.assessmentId(), e.statementCode(), e.categoryCode(),
                categoryName(f, e.categoryCode()), e.source(), e.collectedOn(), e.summary(), e.attachments(), e.links(),
                e.recordedByName());
    }

    private static String statementName(Framework f, String code) {
        return f.statement(code).map(Framework.Statement::name).orElse(code);
    }

    private static String keyQuestion(Framework f, String code) {
        return f.statement(code).map(Framework.Statement::keyQuestion).orElse(null);
    }

    private static String categoryName(Framework f, String code) {
        return code == null ? null : f.category(code).map(Framework.Item::name).orElse(code);
    }
}
