package org.inspectorate.enforcement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.enforcement.domain.CaseDecision;
import org.inspectorate.enforcement.domain.CaseEvidence;
import org.inspectorate.enforcement.domain.CaseOrigin;
import org.inspectorate.enforcement.domain.DecisionInput;
import org.inspectorate.enforcement.domain.EnforcementCase;
import org.inspectorate.enforcement.domain.EnforcementConflict;
import org.inspectorate.enforcement.domain.EvidenceKind;
import org.inspectorate.enforcement.domain.NewCase;
import org.inspectorate.enforcement.domain.StageDecision;
import org.inspectorate.enforcement.persistence.EnforcementRepository;
import org.inspectorate.registry.application.LocationDirectory;
import org.inspectorate.registry.application.LocationFacts;
import org.inspectorate.registry.application.RegisterLookups;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.triage.application.ItemRecord;
import org.inspectorate.triage.application.TriageQueries;

/**
 * Opening cases and taking them through the decision tree. Inspectors open cases, add evidence and decide at
 * stage 1; decisions from stage 2 on (legal review, selection, final review, further action, closing) are for
 * managers. Each change is audited with the case before and after, in its transaction.
 */
@ApplicationScoped
public class EnforcementService {

    @Inject
    EnforcementRepository cases;

    @Inject
    LocationDirectory locations;

    @Inject
    RegisterLookups register;

    @Inject
    TriageQueries triage;

    @Inject
    EnforcementStaff staff;

    @Inject
    org.inspectorate.identity.application.StaffDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    Event<EnforcementCaseChanged> changes;

    @Inject
    Clock clock;

    @Transactional
    public long open(OpenCase cmd) {
        var caller = staff.requireStaff();
        String by = caller.name();
        NewCase n = subject(cmd);
        if (n.origin() != null && n.origin() != CaseOrigin.DIRECT && n.originReference() != null) {
            cases.findByOrigin(n.origin(), n.originReference().strip()).ifPresent(existing -> {
                throw new EnforcementConflict(n.originReference().strip() + " already has case "
                        + existing.reference());
            });
        }
        EnforcementCase c = new EnforcementCase(cases.nextReference(), n, by, clock.instant());
        if (caller.userId() != null) {
            directory.find(caller.userId()).ifPresent(s -> c.ownedBy(s.id(), s.name()));
        }
        cases.add(c);
        cases.flush();
        if (n.origin() == CaseOrigin.TRIAGE) {
            cases.add(new CaseEvidence(c.id(), EvidenceKind.TRIAGE_ITEM, n.originReference(),
                    "The triaged item the case was opened from", by, clock.instant()));
        } else if (n.origin() == CaseOrigin.ASSESSMENT_FINDING) {
            cases.add(new CaseEvidence(c.id(), EvidenceKind.ASSESSMENT_FINDING, n.originReference(),
                    "The assessment finding the case was opened from", by, clock.instant()));
        }
        audit.record("ENFORCEMENT_CASE_OPENED", "EnforcementCase", c.reference(), null, c.auditSnapshot(),
                c.origin().label() + (c.originReference() == null ? "" : ": " + c.originReference()));
        changes.fire(new EnforcementCaseChanged(c.reference(), c.locationId()));
        return c.id();
    }

    @Transactional
    public void decide(long caseId, int expectedVersion, DecisionInput input) {
        String by = staff.requireStaff().name();
        EnforcementCase c = load(caseId, expectedVersion);
        if (input.decision() != null && input.decision().at().managersDecide()) {
            staff.requireManager("record decisions after the initial assessment", c.reference());
        }
        if (input.decision() == StageDecision.CASE_CONCLUDED && cases.actions(caseId).stream()
                .anyMatch(a -> a.nextDue() != null || a.state() == org.inspectorate.enforcement.domain.ActionState.APPEALED)) {
            throw new EnforcementConflict(c.reference() + " has an action whose clock is still running");
        }
        Map<String, Object> before = c.auditSnapshot();
        Instant now = clock.instant();
        CaseDecision d = c.decide(input, by, now, LocalDate.ofInstant(now, clock.getZone()));
        cases.add(d);
        audit.record("ENFORCEMENT_DECISION_RECORDED", "EnforcementCase", c.reference(), before, c.auditSnapshot(),
                d.decision().label() + (d.meetingKind() == null ? "" : " (" + d.meetingKind().label() + " "
                        + d.meetingDate() + ")") + ": " + d.reasons());
        changes.fire(new EnforcementCaseChanged(c.reference(), c.locationId()));
    }

    /** A manager gives the case to another active staff member (a leaver's or an absent person's cases). */
    @Transactional
    public void reassign(long caseId, int expectedVersion, Long ownerId) {
        staff.requireStaff();
        EnforcementCase c = load(caseId, expectedVersion);
        staff.requireManager("reassign enforcement cases", c.reference());
        if (ownerId == null) {
            throw org.inspectorate.shared.domain.ValidationFailure.of("ownerId", "Choose who will own the case");
        }
        var to = directory.find(ownerId).orElseThrow(() -> org.inspectorate.shared.domain.ValidationFailure.of(
                "ownerId", "Choose an active member of staff"));
        if (!c.stage().open()) {
            throw new EnforcementConflict(c.reference() + " is closed");
        }
        Map<String, Object> before = c.auditSnapshot();
        c.ownedBy(to.id(), to.name());
        audit.record("ENFORCEMENT_CASE_REASSIGNED", "EnforcementCase", c.reference(), before, c.auditSnapshot(),
                null);
        changes.fire(new EnforcementCaseChanged(c.reference(), c.locationId()));
    }

    @Transactional
    public void addEvidence(long caseId, EvidenceKind kind, String reference, String description) {
        String by = staff.requireStaff().name();
        EnforcementCase c = cases.find(caseId).orElseThrow(() -> new NotFound("enforcement case", String.valueOf(caseId)));
        if (!c.stage().open()) {
            throw new EnforcementConflict(c.reference() + " is closed");
        }
        CaseEvidence e = new CaseEvidence(caseId, kind, reference, description, by, clock.instant());
        cases.add(e);
        audit.record("ENFORCEMENT_EVIDENCE_ADDED", "EnforcementCase", c.reference(), null,
                Map.of("kind", kind.name(), "reference", String.valueOf(e.reference()), "description", e.description()),
                null);
    }

    EnforcementCase load(long caseId, int expectedVersion) {
        EnforcementCase c = cases.find(caseId).orElseThrow(() -> new NotFound("enforcement case", String.valueOf(caseId)));
        if (c.version() != expectedVersion) {
            throw new OptimisticLockException("Case " + c.reference() + " changed since it was loaded");
        }
        return c;
    }

    /** Who the case is about, from the triage item, the location or the provider named. */
    private NewCase subject(OpenCase cmd) {
        String locationId = blank(cmd.locationId()) ? null : cmd.locationId().strip();
        String summary = cmd.summary();
        if (cmd.origin() == CaseOrigin.TRIAGE) {
            if (blank(cmd.originReference())) {
                throw ValidationFailure.of("originReference", "Enter the reference of the notification or concern");
            }
            ItemRecord item = triage.itemByReference(cmd.originReference().strip()).orElseThrow(() ->
                    ValidationFailure.of("originReference", "There is no notification or concern "
                            + cmd.originReference().strip()));
            if (item.outcome() == null) {
                throw ValidationFailure.of("originReference", item.item().reference()
                        + " has not been triaged yet; record its outcome first");
            }
            if (item.item().locationId() == null) {
                throw ValidationFailure.of("originReference", item.item().reference()
                        + " is not linked to a location; link it in triage first");
            }
            locationId = item.item().locationId();
            if (blank(summary)) {
                summary = item.item().categoryLabel() + ": " + item.item().summary();
            }
        }
        if (locationId != null) {
            String id = locationId;
            LocationFacts l = locations.facts(id).orElseThrow(() -> ValidationFailure.of("locationId",
                    "There is no location with id " + id));
            return new NewCase(l.providerId(), register.providerName(l.providerId()).orElse(l.providerId()), l.id(),
                    l.name(), l.region(), cmd.origin(), cmd.originReference(), summary);
        }
        if (blank(cmd.providerId())) {
            throw ValidationFailure.of("locationId", "Enter the location (or provider) the case is about");
        }
        String providerId = cmd.providerId().strip();
        String name = register.providerName(providerId).orElseThrow(() -> ValidationFailure.of("providerId",
                "There is no provider with id " + providerId));
        return new NewCase(providerId, name, null, null, null, cmd.origin(), cmd.originReference(), summary);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
