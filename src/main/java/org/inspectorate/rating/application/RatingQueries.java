package org.inspectorate.rating.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.inspectorate.assessment.application.AssessmentQueries;
import org.inspectorate.assessment.application.AssessmentSnapshot;
import org.inspectorate.assessment.application.AssessmentViews;
import org.inspectorate.assessment.application.FrameworkCatalogue;
import org.inspectorate.assessment.domain.Methodology;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.rating.domain.CategoryScore;
import org.inspectorate.rating.domain.KeyQuestionResult;
import org.inspectorate.rating.domain.Rating;
import org.inspectorate.rating.domain.RatingResult;
import org.inspectorate.rating.domain.StatementResult;
import org.inspectorate.rating.persistence.RatingRow;
import org.inspectorate.rating.persistence.RatingStore;
import org.inspectorate.shared.security.Caller;

/**
 * Explains a location's current ratings. Key question and overall working come from the explanation stored when the
 * rating was published; statement scores are explained from the approved assessment, with the same methodology
 * version and the breaches stored with the rating, so the figures shown are the figures published. Staff and the
 * location's own provider see the evidence items (audited, as evidence may name people); everyone else sees the
 * ratings, the dates of the evidence and the working.
 */
@ApplicationScoped
public class RatingQueries {

    @Inject
    RatingStore store;

    @Inject
    AssessmentQueries assessments;

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    RatingCalculator calculator;

    @Inject
    ProviderAccess access;

    @Inject
    AuditLog audit;

    /** Full for staff and for a provider user who may see the location; public otherwise. */
    @Transactional
    public Optional<Explanation> forCaller(String locationId) {
        Caller c = access.caller();
        boolean full = c.isStaff() || c.isProvider() && store.current(locationId)
                .filter(r -> r.providerId().equals(c.providerId())).isPresent()
                && access.locationScope().map(s -> s.contains(locationId)).orElse(true);
        return explain(locationId, full);
    }

    /** For the portal: refuses (audited) a location the caller may not see, then the full explanation. */
    @Transactional
    public Optional<Explanation> forProvider(String locationId) {
        access.checkLocation(locationId, false);
        return explain(locationId, true);
    }

    @Transactional
    public Optional<Explanation> forStaff(String locationId) {
        return explain(locationId, true);
    }

    @Transactional
    public Optional<Explanation> forPublic(String locationId) {
        return explain(locationId, false);
    }

    /** Just the current ratings, no working: for summaries on location pages. */
    @Transactional
    public Optional<RatingRow> current(String locationId) {
        return store.current(locationId);
    }

    /**
     * The ratings an approved assessment proposes: staff, and users who may see its location (others: refused and
     * audited, as for the assessment itself).
     */
    @Transactional
    public Optional<ProposedRatings> proposal(long assessmentId) {
        Optional<org.inspectorate.rating.persistence.ProposalRow> row = store.proposal(assessmentId);
        row.ifPresent(p -> access.checkLocation(p.locationId(), false));
        return row.map(ProposedRatings::of);
    }

    /** [count, oldest proposal time in epoch seconds or 0] of the proposals waiting for their report. */
    public long[] waitingProposals() {
        return store.waiting();
    }

    @Transactional
    public List<RatingRow> history(String locationId) {
        return store.history(locationId);
    }

    private Optional<Explanation> explain(String locationId, boolean full) {
        Optional<RatingRow> found = store.current(locationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RatingRow row = found.get();
        StoredExplanation stored = StoredExplanation.fromJson(row.explanation());
        AssessmentSnapshot snap = assessments.snapshots(List.of(row.assessmentId())).get(row.assessmentId());
        RatingResult result = calculator.rate(snap, calculator.rules(row.methodologyCode()),
                RatingCalculator.breaches(stored.activeBreaches()));
        Methodology m = catalogue.methodology(row.methodologyCode()).orElseThrow();
        Map<String, List<AssessmentViews.Evidence>> evidence = Map.of();
        Map<String, String> rationales = Map.of();
        Map<String, String> carryReasons = Map.of();
        if (full) {
            List<Long> sources = snap.scores().stream().map(AssessmentSnapshot.ScoreRow::sourceAssessmentId).distinct()
                    .toList();
            evidence = assessments.evidenceOf(sources, m.frameworkCode()).stream()
                    .collect(Collectors.groupingBy(e -> e.assessmentId() + "/" + e.statementCode()));
            rationales = assessments.rationales(row.assessmentId());
            carryReasons = assessments.carryReasons(row.assessmentId());
            audit.record("RATING_EXPLANATION_VIEWED", "Location", locationId, "Full explanation with evidence");
        } else if (m.publicRationaleChars() > 0) {
            rationales = publicSummaries(assessments.rationales(row.assessmentId()), m.publicRationaleChars());
        }
        List<Explanation.KeyQuestion> kqs = keyQuestions(stored, result, snap, evidence, rationales, carryReasons);
        List<Explanation.BreachLine> breaches = stored.breaches().stream().map(b -> new Explanation.BreachLine(
                b.regulation(), b.keyQuestion(), b.source(), full ? b.description() : null)).toList();
        return Optional.of(new Explanation(locationId, row.assessmentId(), full, m.code(), m.name(), m.effectiveFrom(),
                m.scoringMethod(),
                m.rounding(), stored.overall(), label(stored.overall()), stored.overallLimited(),
                stored.overallOverridden(), stored.overallRules(), kqs, breaches, row.oldestEvidence(),
                row.latestEvidence(), row.publishedAt(), row.reportPublishedAt(), row.cause(), staleAfterYears,
                isStale(row.oldestEvidence()), m.publicRationaleChars()));
    }

    /** Each rationale cut to the summary the methodology lets the public read. */
    static Map<String, String> publicSummaries(Map<String, String> rationales, int limit) {
        Map<String, String> summaries = new java.util.HashMap<>();
        rationales.forEach((key, text) -> org.inspectorate.rating.domain.RationaleSummary.of(text, limit)
                .ifPresent(summary -> summaries.put(key, summary.text())));
        return summaries;
    }

    /** Evidence older than this many years is pointed out at the top of an explanation. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "inspectorate.ratings.stale-evidence-years",
            defaultValue = "2")
    int staleAfterYears;

    @Inject
    java.time.Clock clock;

    private boolean isStale(java.time.LocalDate oldest) {
        return oldest != null && oldest.isBefore(java.time.LocalDate.now(clock.withZone(
                java.time.ZoneId.of("Europe/London"))).minusYears(staleAfterYears));
    }

    /**
     * The key questions of an explanation, each statement explained from the rows its result was worked out from
     * only: their evidence items (by source assessment), their rationales and, when carried forward on purpose,
     * the reason. Pure, so that generated histories can check it (RatingExplanationProperties).
     */
    static List<Explanation.KeyQuestion> keyQuestions(StoredExplanation stored, RatingResult result,
            AssessmentSnapshot snap, Map<String, List<AssessmentViews.Evidence>> evidence,
            Map<String, String> rationales, Map<String, String> carryReasons) {
        List<Explanation.KeyQuestion> kqs = new ArrayList<>();
        for (StoredExplanation.Kq k : stored.keyQuestions()) {
            KeyQuestionResult worked = result.keyQuestion(org.inspectorate.rating.domain.KeyQuestion.valueOf(
                    k.keyQuestion())).orElseThrow();
            List<Explanation.Statement> statements = new ArrayList<>();
            for (StatementResult s : worked.statements()) {
                List<AssessmentSnapshot.ScoreRow> used = rowsUsed(snap, s);
                List<Explanation.Evidence> items = new ArrayList<>();
                for (long source : used.stream().map(AssessmentSnapshot.ScoreRow::sourceAssessmentId).distinct()
                        .toList()) {
                    evidence.getOrDefault(source + "/" + s.code(), List.of()).stream()
                            .map(e -> new Explanation.Evidence(e.id(), e.categoryName(), e.source(), e.collectedOn(),
                                    e.summary(), e.links(), e.attachments().size())).forEach(items::add);
                }
                List<Explanation.Rationale> why = new ArrayList<>();
                for (AssessmentSnapshot.ScoreRow r : used) {
                    String text = rationales.get(AssessmentQueries.rowKey(r.statementCode(), r.categoryCode()));
                    if (text != null) {
                        why.add(new Explanation.Rationale(r.categoryCode() == null ? null : s.categories().stream()
                                .filter(c -> c.code().equals(r.categoryCode())).map(CategoryScore::name).findFirst()
                                .orElse(r.categoryCode()), text));
                    }
                }
                statements.add(new Explanation.Statement(s.code(), s.name(), s.score(), s.percent(), s.carriedForward(),
                        s.evidenceDate(), s.rule(), s.categories().stream().map(RatingQueries::category).toList(),
                        items, why, s.carriedForward() ? carryReasons.get(s.code()) : null));
            }
            kqs.add(new Explanation.KeyQuestion(k.keyQuestion(), worked.label(), k.percent(), k.band(), label(k.band()),
                    k.rating(), label(k.rating()), k.limited(), k.overridden(), k.rules(), worked.oldestEvidence(),
                    statements, Explanation.KeyQuestion.reassessed(statements), Explanation.KeyQuestion.latest(statements)));
        }
        return kqs;
    }

    /** The score rows a statement's result was worked out from: its category rows, or its own score's row. */
    static List<AssessmentSnapshot.ScoreRow> rowsUsed(AssessmentSnapshot snap, StatementResult s) {
        return snap.scores().stream().filter(r -> r.statementCode().equals(s.code()))
                .filter(r -> s.fromCategories() == (r.categoryCode() != null)).toList();
    }

    private static Explanation.Category category(CategoryScore c) {
        return new Explanation.Category(c.code(), c.name(), c.score(), c.carriedForward(), c.evidenceDate());
    }

    static String label(String rating) {
        return rating == null ? "No rating" : Rating.valueOf(rating).label();
    }
}
