package org.inspectorate.enforcement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.enforcement.domain.ActionKind;
import org.inspectorate.enforcement.domain.ActionState;
import org.inspectorate.enforcement.domain.EnforcementAction;
import org.inspectorate.enforcement.domain.EnforcementCase;
import org.inspectorate.enforcement.persistence.EnforcementRepository;
import org.inspectorate.registry.application.RegisterEnforcementChanges;
import org.inspectorate.shared.dated.DatedDecisions;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.Validation;
import org.inspectorate.shared.time.BankHolidays;

/**
 * Taking the action the final review confirmed and moving its clocks on: representations, the Notice of
 * Decision, appeals, taking effect, withdrawal and completion. When a decision takes effect its outcome flows
 * back to the register: conditions imposed or varied are added, a cancelled location is deregistered. Managers
 * only; every step is audited in its transaction.
 */
@ApplicationScoped
public class ActionService {

    /** Dated decisions on enforcement actions: a Notice of Decision taking effect when its appeal period ends. */
    static final String SUBJECT = "EnforcementAction";
    static final String TAKE_EFFECT = "TAKE_EFFECT";

    @Inject
    EnforcementRepository cases;

    @Inject
    EnforcementStaff staff;

    @Inject
    BankHolidays holidays;

    @Inject
    RegisterEnforcementChanges register;

    @Inject
    EnforcementNotices notices;

    @Inject
    AuditLog audit;

    @Inject
    Event<EnforcementCaseChanged> changes;

    @Inject
    DatedDecisions dated;

    @Inject
    Clock clock;

    /** Serves the first notice of the confirmed action (or records it) on {@code servedOn}; returns the action id. */
    @Transactional
    public long takeAction(long caseId, int expectedVersion, LocalDate servedOn) {
        EnforcementCase c = cases.find(caseId).orElseThrow(() -> new NotFound("enforcement case", String.valueOf(caseId)));
        staff.requireManager("take enforcement action", c.reference());
        if (c.version() != expectedVersion) {
            throw new OptimisticLockException("Case " + c.reference() + " changed since it was loaded");
        }
        requireDate(servedOn, "date");
        ActionKind kind = c.actionKind();
        c.takeAction(kind);
        EnforcementAction a = new EnforcementAction(c.id(), kind, c.actionDetail(), servedOn, holidays.workingDays());
        cases.add(a);
        cases.flush();
        notices.serveFirst(c, a);
        audit.record("ENFORCEMENT_ACTION_TAKEN", "EnforcementCase", c.reference(), null, a.auditSnapshot(),
                kind.label() + " served on " + servedOn);
        if (a.state() == ActionState.IN_FORCE) {
            applyToRegister(c, a);
        }
        changes.fire(new EnforcementCaseChanged(c.reference(), c.locationId()));
        return a.id();
    }

    @Transactional
    public void recordRepresentations(long actionId, int expectedVersion, LocalDate receivedOn, String summary) {
        requireDate(receivedOn, "date");
        new Validation().requireText(summary, "representations", "a summary of the representations", 4000)
                .throwIfInvalid();
        step(actionId, expectedVersion, "ENFORCEMENT_REPRESENTATIONS_RECORDED", "record representations",
                a -> a.recordRepresentations(receivedOn, summary.strip()));
    }

    @Transactional
    public void serveDecision(long actionId, int expectedVersion, LocalDate servedOn) {
        requireDate(servedOn, "date");
        EnforcementAction a = step(actionId, expectedVersion, "ENFORCEMENT_DECISION_SERVED",
                "serve a Notice of Decision", x -> x.serveDecision(servedOn));
        EnforcementCase c = caseOf(a);
        notices.serveDecision(c, a);
        dated.schedule(new DatedDecisions.Spec(SUBJECT, String.valueOf(a.id()), TAKE_EFFECT, a.takesEffectOn(),
                c.providerId(), c.locationId(), a.kind().label() + " on " + c.reference() + " takes effect"));
    }

    @Transactional
    public void withdraw(long actionId, int expectedVersion) {
        EnforcementAction a = step(actionId, expectedVersion, "ENFORCEMENT_ACTION_WITHDRAWN", "withdraw a notice",
                EnforcementAction::withdraw);
        notices.end(a, "Withdrawn by the Commission", true);
    }

    @Transactional
    public void recordAppeal(long actionId, int expectedVersion, LocalDate lodgedOn) {
        requireDate(lodgedOn, "date");
        EnforcementAction a = step(actionId, expectedVersion, "ENFORCEMENT_APPEAL_RECORDED", "record an appeal",
                x -> x.recordAppeal(lodgedOn));
        notices.appeal(a, lodgedOn);
    }

    @Transactional
    public void appealDetermined(long actionId, int expectedVersion, boolean upheld) {
        LocalDate today = today();
        EnforcementAction a = step(actionId, expectedVersion, "ENFORCEMENT_APPEAL_DETERMINED",
                "record the tribunal's decision", x -> x.appealDetermined(upheld, today));
        notices.appealDecided(a, upheld, today);
        if (a.state() == ActionState.IN_FORCE) {
            applyToRegister(caseOf(a), a);
        }
    }

    /** The Notice of Decision takes effect today, once its appeal window has closed; the register follows. */
    @Transactional
    public void takeEffect(long actionId, int expectedVersion) {
        LocalDate today = today();
        EnforcementAction a = step(actionId, expectedVersion, "ENFORCEMENT_DECISION_TOOK_EFFECT",
                "make a decision take effect", x -> x.takeEffect(today));
        applyToRegister(caseOf(a), a);
    }

    /**
     * The scheduled job's half of {@link #takeEffect}: on its date, a Notice of Decision not appealed takes effect
     * by itself and the register follows. Empty when events overtook it (appealed, withdrawn, already in force).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> takeEffectOnItsDate(long actionId, LocalDate on) {
        EnforcementAction a = cases.actionForUpdate(actionId).orElseThrow(() -> new NotFound("enforcement action",
                String.valueOf(actionId)));
        if (a.state() != ActionState.DECIDED) {
            return Optional.empty();
        }
        EnforcementCase c = caseOf(a);
        Map<String, Object> before = a.auditSnapshot();
        a.takeEffect(on);
        audit.record("ENFORCEMENT_DECISION_TOOK_EFFECT", "EnforcementCase", c.reference(), before, a.auditSnapshot(),
                a.kind().label() + ": the appeal period ended without an appeal");
        applyToRegister(c, a);
        changes.fire(new EnforcementCaseChanged(c.reference(), c.locationId()));
        return Optional.of(a.kind().label() + " on " + c.reference() + " in force from " + on);
    }

    @Transactional
    public void complete(long actionId, int expectedVersion) {
        EnforcementAction a = step(actionId, expectedVersion, "ENFORCEMENT_ACTION_COMPLETED", "complete an action",
                EnforcementAction::complete);
        notices.end(a, "Action completed", false);
    }

    private EnforcementAction step(long actionId, int expectedVersion, String auditAction, String what,
            Consumer<EnforcementAction> transition) {
        EnforcementAction a = cases.action(actionId).orElseThrow(() -> new NotFound("enforcement action",
                String.valueOf(actionId)));
        EnforcementCase c = caseOf(a);
        staff.requireManager(what, c.reference());
        if (a.version() != expectedVersion) {
            throw new OptimisticLockException("The action changed since it was loaded");
        }
        Map<String, Object> before = a.auditSnapshot();
        transition.accept(a);
        audit.record(auditAction, "EnforcementCase", c.reference(), before, a.auditSnapshot(), a.kind().label());
        changes.fire(new EnforcementCaseChanged(c.reference(), c.locationId()));
        return a;
    }

    private void applyToRegister(EnforcementCase c, EnforcementAction a) {
        String because = a.kind().label() + " on " + c.reference();
        switch (a.kind()) {
            case IMPOSE_CONDITIONS, VARY_CONDITIONS, URGENT_ACTION -> {
                if (a.detail() != null) {
                    register.imposeCondition(c.providerId(), c.locationId(), a.detail(), a.inForceOn(), because);
                }
            }
            case CANCEL_REGISTRATION -> {
                if (c.locationId() != null) {
                    register.deregisterLocation(c.locationId(), a.inForceOn(), because);
                }
            }
            default -> {
                // Warning, requirement and penalty notices, special measures and criminal records change nothing
                // on the register.
            }
        }
    }

    private EnforcementCase caseOf(EnforcementAction a) {
        return cases.find(a.caseId()).orElseThrow(() -> new NotFound("enforcement case", String.valueOf(a.caseId())));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void requireDate(LocalDate date, String field) {
        new Validation().require(date != null, field, "Enter the date")
                .require(date == null || !date.isAfter(today()), field, "The date must be today or in the past")
                .throwIfInvalid();
    }
}
