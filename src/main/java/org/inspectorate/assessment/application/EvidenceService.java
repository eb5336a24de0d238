package org.inspectorate.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.inspectorate.assessment.domain.Assessment;
import org.inspectorate.assessment.domain.AssessmentConflict;
import org.inspectorate.assessment.domain.BreachFinding;
import org.inspectorate.assessment.domain.EvidenceItem;
import org.inspectorate.assessment.domain.Framework;
import org.inspectorate.assessment.domain.Methodology;
import org.inspectorate.assessment.domain.RatingOverride;
import org.inspectorate.assessment.domain.StatementScore;
import org.inspectorate.assessment.persistence.AssessmentRepository;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.Validation;
import org.inspectorate.triage.application.TriageQueries;

/**
 * Recording what an open assessment finds: evidence items, scores with their rationale, breaches of regulations,
 * and professional-judgement overrides (proposed, then approved or rejected by a second person). Each is one audited
 * change; anything invalid is refused with a message per field.
 */
@ApplicationScoped
public class EvidenceService {

    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_RATIONALE = 4000;
    private static final Pattern FILE_ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Z]{1,4}-[A-Z0-9-]{3,20}");
    private static final List<String> RATINGS = List.of("INADEQUATE", "REQUIRES_IMPROVEMENT", "GOOD", "OUTSTANDING");

    @Inject
    AssessmentService service;

    @Inject
    AssessmentRepository assessments;

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    TriageQueries triage;

    @Transactional
    public long recordEvidence(long assessmentId, Commands.Evidence cmd) {
        Assessment a = openAssessment(assessmentId);
        Framework f = catalogue.frameworkOf(a.methodologyCode());
        Validation v = new Validation();
        checkStatement(v, f, a, cmd.statementCode());
        v.require(cmd.categoryCode() != null && f.category(cmd.categoryCode()).isPresent(), "categoryCode",
                "Choose the evidence category");
        v.requireText(cmd.source(), "source", "where the evidence came from", 200);
        v.require(cmd.collectedOn() != null, "collectedOn", "Enter the date the evidence was collected");
        if (cmd.collectedOn() != null) {
            v.require(!cmd.collectedOn().isAfter(LocalDate.now(clock)), "collectedOn",
                    "The date collected cannot be in the future");
        }
        v.requireText(cmd.summary(), "summary", "a summary of the evidence", MAX_SUMMARY);
        List<String> files = clean(cmd.attachments());
        List<String> links = clean(cmd.links()).stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        files.forEach(id -> v.require(FILE_ID.matcher(id).matches(), "attachments", "Attachment " + id
                + " is not the id of an uploaded file"));
        for (String r : links) {
            if (!REFERENCE.matcher(r).matches()) {
                v.require(false, "links", r + " is not the reference of a notification or concern");
                continue;
            }
            var held = triage.itemByReference(r);
            v.require(held.isPresent(), "links", "There is no notification or concern with reference " + r);
            held.ifPresent(i -> v.require(i.item().locationId() == null || i.item().locationId().equals(a.locationId()),
                    "links", r + " is about another location"));
        }
        v.require(String.join(",", files).length() <= 1000 && String.join(",", links).length() <= 1000, "attachments",
                "Too many attachments or links");
        v.throwIfInvalid();
        EvidenceItem e = new EvidenceItem(assessmentId, cmd.statementCode(), cmd.categoryCode(), cmd.source().strip(),
                cmd.collectedOn(), cmd.summary().strip(), files, links, service.me(), clock.instant());
        assessments.add(e);
        assessments.flush();
        audit.record("EVIDENCE_RECORDED", "Assessment", String.valueOf(assessmentId), null, e.auditSnapshot(),
                "Evidence for " + cmd.statementCode());
        return e.id();
    }

    @Transactional
    public void recordScore(long assessmentId, Commands.Score cmd) {
        Assessment a = openAssessment(assessmentId);
        Framework f = catalogue.frameworkOf(a.methodologyCode());
        Methodology m = catalogue.methodology(a.methodologyCode()).orElseThrow();
        Validation v = new Validation();
        checkStatement(v, f, a, cmd.statementCode());
        String category = cmd.categoryCode() == null || cmd.categoryCode().isBlank() ? null : cmd.categoryCode();
        if (m.categoryScores()) {
            v.require(category != null && f.category(category).isPresent(), "categoryCode",
                    "Choose the evidence category: this methodology scores each evidence category");
        } else {
            v.require(category == null, "categoryCode",
                    "This methodology gives a score per quality statement: leave the evidence category empty");
        }
        v.require(cmd.score() != null, "score", "Enter a score from 1 to 4");
        if (cmd.score() != null) {
            v.require(cmd.score() >= 1 && cmd.score() <= 4, "score", "The score must be a whole number from 1 to 4");
        }
        v.requireText(cmd.rationale(), "rationale", "the rationale for the score", MAX_RATIONALE);
        v.throwIfInvalid();
        Optional<StatementScore> existing = assessments.score(assessmentId, cmd.statementCode(), category);
        var before = existing.map(StatementScore::auditSnapshot).orElse(null);
        StatementScore s = existing.orElseGet(() -> {
            StatementScore n = new StatementScore(assessmentId, cmd.statementCode(), category, cmd.score(),
                    cmd.rationale(), service.me(), clock.instant());
            assessments.add(n);
            return n;
        });
        if (existing.isPresent()) {
            s.rescore(cmd.score(), cmd.rationale(), service.me(), clock.instant());
        }
        assessments.uncarry(assessmentId, cmd.statementCode());
        audit.record("SCORE_RECORDED", "Assessment", String.valueOf(assessmentId), before, s.auditSnapshot(),
                "Score " + cmd.score() + " for " + cmd.statementCode() + (category == null ? "" : " / " + category));
    }

    /**
     * In a full assessment, says why a quality statement is not rescored: its earlier score is carried forward on
     * purpose, and the reason is shown with it. Only a statement with an earlier score and none given yet.
     */
    @Transactional
    public void carryForward(long assessmentId, String statementCode, String reason) {
        Assessment a = openAssessment(assessmentId);
        Validation v = new Validation();
        checkStatement(v, catalogue.frameworkOf(a.methodologyCode()), a, statementCode);
        v.requireText(reason, "reason", "why the statement is not reassessed", MAX_CARRY_REASON);
        v.throwIfInvalid();
        if (a.kind() != org.inspectorate.assessment.domain.AssessmentKind.FULL) {
            throw new AssessmentConflict("Only a full assessment marks statements as carried forward: a focused"
                    + " assessment carries forward every statement it does not reassess");
        }
        List<StatementScore> rows = assessments.scores(assessmentId).stream()
                .filter(r -> r.statementCode().equals(statementCode)).toList();
        if (rows.isEmpty()) {
            throw new AssessmentConflict("Quality statement " + statementCode + " has no earlier score to carry"
                    + " forward: score it");
        }
        if (rows.stream().anyMatch(r -> !r.carriedForward())) {
            throw new AssessmentConflict("Quality statement " + statementCode + " is already scored in this"
                    + " assessment");
        }
        String before = assessments.carries(assessmentId).get(statementCode);
        assessments.carry(assessmentId, statementCode, reason.strip(), service.me().name(), clock.instant());
        audit.record("STATEMENT_CARRIED_FORWARD", "Assessment", String.valueOf(assessmentId),
                before == null ? null : java.util.Map.of("statement", statementCode, "reason", before),
                java.util.Map.of("statement", statementCode, "reason", reason.strip()),
                "Quality statement " + statementCode + " carried forward on purpose");
    }

    @Transactional
    public long recordBreach(long assessmentId, Commands.Breach cmd) {
        Assessment a = openAssessment(assessmentId);
        Validation v = new Validation();
        checkStatement(v, catalogue.frameworkOf(a.methodologyCode()), a, cmd.statementCode());
        v.requireText(cmd.regulation(), "regulation", "the regulation breached", 200);
        v.requireText(cmd.description(), "description", "what the breach is", 2000);
        v.throwIfInvalid();
        BreachFinding b = new BreachFinding(assessmentId, cmd.statementCode(), cmd.regulation().strip(),
                cmd.description().strip(), service.me(), clock.instant());
        assessments.add(b);
        assessments.flush();
        audit.record("BREACH_RECORDED", "Assessment", String.valueOf(assessmentId), null, b.auditSnapshot(),
                cmd.regulation().strip());
        return b.id();
    }

    @Transactional
    public long proposeOverride(long assessmentId, Commands.ProposeOverride cmd) {
        Assessment a = openAssessment(assessmentId);
        Framework f = catalogue.frameworkOf(a.methodologyCode());
        String kq = cmd.keyQuestion() == null || cmd.keyQuestion().isBlank() || "OVERALL".equals(cmd.keyQuestion())
                ? null : cmd.keyQuestion();
        Validation v = new Validation();
        v.require(kq == null || f.keyQuestions().stream().anyMatch(k -> k.code().equals(kq)), "keyQuestion",
                "Choose a key question, or the overall rating");
        v.require(cmd.rating() != null && RATINGS.contains(cmd.rating()), "rating", "Choose the rating");
        v.requireText(cmd.reason(), "reason", "the reason for the professional judgement", 2000);
        v.throwIfInvalid();
        RatingOverride o = new RatingOverride(assessmentId, kq, cmd.rating(), cmd.reason().strip(), service.me(),
                clock.instant());
        assessments.add(o);
        assessments.flush();
        audit.record("OVERRIDE_PROPOSED", "Assessment", String.valueOf(assessmentId), null, o.auditSnapshot(),
                "Override proposed");
        return o.id();
    }

    @Transactional
    public void decideOverride(long overrideId, boolean approve) {
        RatingOverride o = assessments.findOverride(overrideId)
                .orElseThrow(() -> new NotFound("override", String.valueOf(overrideId)));
        openAssessment(o.assessmentId());
        var before = o.auditSnapshot();
        o.decide(approve, service.me(), clock.instant());
        audit.record(approve ? "OVERRIDE_APPROVED" : "OVERRIDE_REJECTED", "Assessment",
                String.valueOf(o.assessmentId()), before, o.auditSnapshot(), "Override " + overrideId);
    }

    static final int MAX_CARRY_REASON = 500;

    private Assessment openAssessment(long id) {
        Assessment a = service.find(id);
        a.requireOpen();
        return a;
    }

    private static void checkStatement(Validation v, Framework f, Assessment a, String code) {
        if (code == null || f.statement(code).isEmpty()) {
            v.require(false, "statementCode", "Choose the quality statement");
        } else if (!a.reassesses(code)) {
            v.require(false, "statementCode", "Quality statement " + code + " is not in this focused assessment");
        }
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(s -> s != null && !s.isBlank()).map(String::strip)
                .distinct().toList();
    }
}
