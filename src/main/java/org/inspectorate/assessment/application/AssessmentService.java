package org.inspectorate.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.inspectorate.assessment.domain.Actor;
import org.inspectorate.assessment.domain.Assessment;
import org.inspectorate.assessment.domain.AssessmentConflict;
import org.inspectorate.assessment.domain.AssessmentKind;
import org.inspectorate.assessment.domain.Framework;
import org.inspectorate.assessment.domain.Methodology;
import org.inspectorate.assessment.domain.StatementScore;
import org.inspectorate.assessment.persistence.AssessmentRepository;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.registry.application.LocationDirectory;
import org.inspectorate.registry.application.LocationFacts;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.Validation;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.RequestActor;

/**
 * Opening, submitting, returning and approving assessments. Opening copies the location's previous scores of every
 * quality statement into the new assessment as carried forward (with the date of their evidence); the team rescores
 * those it reassesses. Approval, by a manager other than the submitter, fires {@link AssessmentApproved} in the
 * same transaction, which publishes the ratings.
 */
@ApplicationScoped
public class AssessmentService {

    public static final int MAX_TEAM = 500;

    @Inject
    AssessmentRepository assessments;

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    LocationDirectory locations;

    @Inject
    AuditLog audit;

    @Inject
    RequestActor actor;

    @Inject
    Event<AssessmentApproved> approved;

    @Inject
    Clock clock;

    @Inject
    org.inspectorate.identity.application.StaffDirectory directory;

    @Transactional
    public long open(Commands.Open cmd) {
        Validation v = new Validation();
        LocationFacts location = null;
        if (cmd.locationId() == null || cmd.locationId().isBlank()) {
            v.require(false, "locationId", "Enter the location id");
        } else {
            location = locations.facts(cmd.locationId().strip()).orElse(null);
            v.require(location != null, "locationId", "There is no location with id " + cmd.locationId().strip());
        }
        AssessmentKind kind = parseKind(cmd.kind());
        v.require(kind != null, "kind", "Choose full or focused");
        Methodology methodology = cmd.methodologyCode() == null || cmd.methodologyCode().isBlank()
                ? catalogue.inForceOn(cmd.startsOn() == null ? today() : cmd.startsOn())
                : catalogue.methodology(cmd.methodologyCode().strip()).orElse(null);
        v.require(methodology != null, "methodology", "Choose a methodology version");
        v.requireText(cmd.team(), "team", "the assessment team", MAX_TEAM);
        v.require(cmd.startsOn() != null, "startsOn", "Enter the start date");
        v.require(cmd.endsOn() != null, "endsOn", "Enter the end date");
        if (cmd.startsOn() != null && cmd.endsOn() != null) {
            v.require(!cmd.endsOn().isBefore(cmd.startsOn()), "endsOn", "The end date must be on or after the start date");
        }
        Set<String> scope = new LinkedHashSet<>();
        if (methodology != null && kind != null) {
            Framework framework = catalogue.framework(methodology.frameworkCode());
            if (kind == AssessmentKind.FULL) {
                framework.statements().forEach(s -> scope.add(s.code()));
            } else {
                List<String> chosen = cmd.statements() == null ? List.of() : cmd.statements();
                v.require(!chosen.isEmpty(), "statements", "Choose the quality statements a focused assessment covers");
                for (String code : chosen) {
                    boolean known = framework.statement(code).isPresent();
                    v.require(known, "statements", "There is no quality statement " + code);
                    scope.add(code);
                }
            }
        }
        v.throwIfInvalid();
        Assessment a = new Assessment(location.id(), location.providerId(), location.name(), kind, scope,
                methodology.code(), cmd.team().strip(), cmd.startsOn(), cmd.endsOn(), me(), clock.instant());
        assessments.add(a);
        assessments.flush();
        assessments.latestApproved(location.id()).filter(p -> !p.id().equals(a.id())).ifPresent(previous -> {
            for (StatementScore s : assessments.scores(previous.id())) {
                assessments.add(StatementScore.carriedForward(a.id(), s));
            }
        });
        audit.record("ASSESSMENT_OPENED", "Assessment", String.valueOf(a.id()), null, a.auditSnapshot(),
                kind.label() + " assessment of " + location.id());
        return a.id();
    }

    @Transactional
    public void submit(long id) {
        Assessment a = find(id);
        var before = a.auditSnapshot();
        var scores = assessments.scores(id);
        if (scores.isEmpty()) {
            throw new AssessmentConflict("Score at least one quality statement before submitting the assessment");
        }
        if (a.kind() == org.inspectorate.assessment.domain.AssessmentKind.FULL) {
            // a full assessment reassesses every statement: none may rest only on an earlier assessment's rows
            Set<String> rescored = new java.util.HashSet<>();
            scores.stream().filter(s -> !s.carriedForward()).forEach(s -> rescored.add(s.statementCode()));
            rescored.addAll(assessments.carries(id).keySet());
            List<String> notRescored = a.scope().stream().filter(c -> !rescored.contains(c)).sorted().toList();
            if (!notRescored.isEmpty()) {
                throw new AssessmentConflict("A full assessment reassesses every quality statement: " + notRescored.size()
                        + " of " + a.scope().size() + " are not rescored yet (" + String.join(", ",
                        notRescored.subList(0, Math.min(10, notRescored.size())))
                        + (notRescored.size() > 10 ? ", ..." : "") + "). Score them, say why each is carried"
                        + " forward, or open a focused assessment of the statements you reassessed instead.");
            }
        }
        a.submit(me(), clock.instant());
        audit.record("ASSESSMENT_SUBMITTED", "Assessment", String.valueOf(id), before, a.auditSnapshot(),
                "Submitted for approval");
    }

    @Transactional
    public void returnToTeam(long id, String reason) {
        requireManager("return an assessment");
        new Validation().requireText(reason, "reason", "why the assessment is returned", 2000).throwIfInvalid();
        Assessment a = find(id);
        var before = a.auditSnapshot();
        a.returnToTeam();
        audit.record("ASSESSMENT_RETURNED", "Assessment", String.valueOf(id), before, a.auditSnapshot(), reason.strip());
    }

    @Transactional
    public void approve(long id) {
        requireManager("approve an assessment");
        Assessment a = find(id);
        var before = a.auditSnapshot();
        a.approve(me(), clock.instant());
        assessments.dateNewScores(id);
        audit.record("ASSESSMENT_APPROVED", "Assessment", String.valueOf(id), before, a.auditSnapshot(),
                "Approved; ratings proposed, published with the report");
        approved.fire(new AssessmentApproved(id, a.locationId()));
    }

    /** A manager gives an open assessment to another member of staff to lead. */
    @Transactional
    public void reassign(long id, int expectedVersion, Long ownerId) {
        requireManager("reassign an assessment");
        Assessment a = find(id);
        if (a.version() != expectedVersion) {
            throw new jakarta.persistence.OptimisticLockException("Assessment " + id + " changed since it was loaded");
        }
        if (ownerId == null) {
            throw org.inspectorate.shared.domain.ValidationFailure.of("ownerId", "Choose who will lead the assessment");
        }
        var to = directory.find(ownerId).orElseThrow(() -> org.inspectorate.shared.domain.ValidationFailure.of(
                "ownerId", "Choose an active member of staff"));
        var before = a.auditSnapshot();
        a.ownedBy(to.id(), to.name());
        audit.record("ASSESSMENT_REASSIGNED", "Assessment", String.valueOf(id), before, a.auditSnapshot(), null);
    }

    Assessment find(long id) {
        return assessments.find(id).orElseThrow(() -> new NotFound("assessment", String.valueOf(id)));
    }

    Actor me() {
        Caller c = actor.caller();
        return new Actor(c.userId(), c.name());
    }

    private void requireManager(String what) {
        Caller c = actor.caller();
        if (!c.hasRole("MANAGER")) {
            audit.recordSecurityEvent("ACCESS_REFUSED", "Assessment", null, "Not a manager: " + what);
            throw new Forbidden("Only a manager can " + what);
        }
    }

    private static AssessmentKind parseKind(String kind) {
        try {
            return kind == null ? null : AssessmentKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
    }
}
