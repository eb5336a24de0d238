package org.inspectorate.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.notice.application.NewNotice;
import org.inspectorate.notice.application.NoticeQueries;
import org.inspectorate.notice.application.NoticeRecord;
import org.inspectorate.notice.application.NoticeService;
import org.inspectorate.notice.domain.AppealOutcome;
import org.inspectorate.notice.domain.NoticeKind;
import org.inspectorate.registration.domain.ApplicationStatus;
import org.inspectorate.registration.domain.Proposal;
import org.inspectorate.registry.application.RegisterChanges;
import org.inspectorate.registration.domain.RegistrationApplication;
import org.inspectorate.shared.dated.DatedDecisions;
import org.inspectorate.shared.time.Days;
import org.inspectorate.shared.domain.ValidationFailure;

/**
 * The decision (DOMAIN.md 4.2 steps 5-7). Grant: the register changes, a notice of decision and a certificate
 * are served, all in one transaction. Refusal, or a grant with conditions not agreed: a notice of proposal (28
 * days for representations), then withdrawal or a notice of decision (28 days to appeal), an appeal recorded,
 * and the decision taking effect (for conditions: the register changes with them, and a certificate).
 */
@ApplicationScoped
public class DecisionService {

    static final String SUBJECT = StaffWorkflow.SUBJECT;
    static final String APPLY_GRANT = "APPLY_GRANT";
    static final String TAKE_EFFECT = "TAKE_EFFECT";

    @Inject
    DatedDecisions dated;

    @Inject
    org.inspectorate.registration.persistence.ApplicationRepository store;

    @Inject
    org.inspectorate.shared.security.RequestActor actor;

    @Inject
    ApplicationAccess applications;

    @Inject
    RegisterEffects effects;

    @Inject
    NoticeService notices;

    @Inject
    RegisterChanges changes;

    @Inject
    NoticeQueries noticeQueries;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ApplicantMail applicantMail;

    @Transactional
    public RegisterEffects.Applied grant(long id, String summary) {
        return grant(id, summary, null);
    }

    /**
     * Grants the application. A change asked for from a later date is decided now and waits for its date: the
     * notice of decision says when it takes effect, and on that day the register changes by itself and the
     * certificate is served. Refused while a request for information is unanswered, unless a manager gives the
     * reason for not waiting ({@code override}).
     */
    @Transactional
    public RegisterEffects.Applied grant(long id, String summary, String override) {
        RegistrationApplication a = applications.forStaffChange(id);
        var before = a.auditSnapshot();
        StaffWorkflow.guard(a::requireAssessment);
        String waived = unansweredRequests(a, override);
        LocalDate today = today();
        LocalDate from = effects.takesEffectOn(a, today);
        String text = summary == null || summary.isBlank() ? "The application meets the requirements of registration."
                : summary.strip();
        if (text.length() > 5000) {
            throw ValidationFailure.of("reasons", "Reasons must be 5,000 characters or fewer");
        }
        String sid = String.valueOf(id);
        if (from.isAfter(today)) {
            return grantFrom(a, before, text, from, waived);
        }
        RegisterEffects.Applied applied = effects.apply(a, today);
        a.grant(text, applied.newLocationId(), clock.instant());
        notices.issue(NewNotice.of(NoticeKind.NOTICE_OF_DECISION, SUBJECT, sid, a.providerId(), applied.locationId(),
                "Decision to grant your application " + a.reference(), applied.facts(),
                List.of(new NewNotice.Section("Our decision", "We have granted your application: " + a.type().label()
                        .toLowerCase(java.util.Locale.ROOT) + "."), new NewNotice.Section("Reasons", text)), false));
        certificate(a, applied);
        audit.record("APPLICATION_GRANTED", "RegistrationApplication", sid, before, a.auditSnapshot(),
                waived == null ? text : text + " (granted with a request for information unanswered: " + waived + ")");
        applicantMail.letter(a, "Your application has been granted", "We have granted your application. You are"
                + " now registered as provider " + a.providerId() + " with the location " + applied.newLocationId()
                + ".\n\n" + text + "\n\nTo use the provider portal, ask for access as your organisation's first"
                + " administrator at " + applicantMail.url("/portal-access.xhtml") + ", with this email address: the register holds it as your"
                + " nominated individual's. Your notice of decision and certificate are there.");
        return applied;
    }

    /** The grant is decided today; the register changes on {@code from}, by the dated-decision job. */
    private RegisterEffects.Applied grantFrom(RegistrationApplication a, java.util.Map<String, Object> before,
            String text, LocalDate from, String waived) {
        String sid = String.valueOf(a.id());
        effects.checkDeferred(a);
        a.grant(text, null, clock.instant());
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        facts.put("Application", a.reference());
        facts.put("Type of application", a.type().label());
        if (a.locationId() != null) {
            facts.put("Location", a.locationId());
        }
        facts.put("Takes effect on", org.inspectorate.shared.time.Days.written(from));
        notices.issue(NewNotice.of(NoticeKind.NOTICE_OF_DECISION, SUBJECT, sid, a.providerId(), a.locationId(),
                "Decision to grant your application " + a.reference(), facts,
                List.of(new NewNotice.Section("Our decision", "We have granted your application: " + a.type().label()
                        .toLowerCase(java.util.Locale.ROOT) + ". The change takes effect on " + org.inspectorate.shared.time.Days.written(from)
                        + ", the date you asked for; the register shows it as pending until then, and we will send"
                        + " your certificate on that day."), new NewNotice.Section("Reasons", text)), false));
        dated.schedule(new DatedDecisions.Spec(SUBJECT, sid, APPLY_GRANT, from, a.providerId(), a.locationId(),
                a.type().label() + " (application " + a.reference() + ")"));
        audit.record("APPLICATION_GRANTED", "RegistrationApplication", sid, before, a.auditSnapshot(),
                "Takes effect on " + from + (waived == null ? "" : "; granted with a request for information"
                        + " unanswered: " + waived));
        return new RegisterEffects.Applied(facts, null, a.locationId());
    }

    /** On its date: the granted change goes onto the register and the certificate is served. */
    @Transactional(Transactional.TxType.MANDATORY)
    String applyGrantOn(RegistrationApplication a, LocalDate on) {
        RegisterEffects.Applied applied = effects.apply(a, on);
        certificate(a, applied);
        audit.record("APPLICATION_GRANT_TOOK_EFFECT", "RegistrationApplication", String.valueOf(a.id()), null,
                Map.of("takesEffectOn", on.toString()), "On the date asked for");
        return a.type().label() + " applied to the register on " + on;
    }

    /** On the notice's date, unless an appeal or a person has overtaken it: the decision takes effect. */
    @Transactional(Transactional.TxType.MANDATORY)
    java.util.Optional<String> takeEffectOn(RegistrationApplication a) {
        java.util.Optional<NoticeRecord> nod = noticeQueries.ofSubject(SUBJECT, String.valueOf(a.id())).stream()
                .filter(n -> n.kind().equals(NoticeKind.NOTICE_OF_DECISION.name()) && n.open()).reduce((x, y) -> y);
        if (a.status() != ApplicationStatus.DECIDED || nod.isEmpty() || !nod.get().inEffect()) {
            return java.util.Optional.empty();
        }
        var before = a.auditSnapshot();
        takeEffect(a, nod.get());
        audit.record("DECISION_TOOK_EFFECT", "RegistrationApplication", String.valueOf(a.id()), before,
                a.auditSnapshot(), "On its date, no appeal having been lodged");
        return java.util.Optional.of("Decision took effect on " + Days.written(nod.get().takesEffectOn()));
    }

    private void certificate(RegistrationApplication a, RegisterEffects.Applied applied) {
        notices.issue(NewNotice.of(NoticeKind.REGISTRATION_CERTIFICATE, SUBJECT, String.valueOf(a.id()),
                a.providerId(), applied.locationId(), "Certificate of registration", applied.facts(),
                List.of(new NewNotice.Section("Registration", "This certificate is issued under the Health and Social"
                        + " Care Act 2008 and records the registration as varied by application " + a.reference()
                        + ". The register shows the current conditions of registration.")), false));
    }

    /**
     * Null when no request for information is unanswered; otherwise refused, unless a manager or administrator
     * gives the reason for deciding without the answer (returned, for the audit).
     */
    private String unansweredRequests(RegistrationApplication a, String override) {
        List<org.inspectorate.registration.domain.InformationRequest> open = store.requests(a.id()).stream()
                .filter(r -> !r.answered()).toList();
        if (open.isEmpty()) {
            return null;
        }
        if (override == null || override.isBlank()) {
            throw ValidationFailure.of("overrideReason", open.size() == 1
                    ? "A request for information, due " + org.inspectorate.shared.time.Days.written(open.get(0).dueOn()) + ", is unanswered:"
                            + " wait for the answer, or a manager may grant now with the reason for not waiting"
                    : open.size() + " requests for information are unanswered: wait for the answers, or a manager may"
                            + " grant now with the reason for not waiting");
        }
        var caller = actor.caller();
        if (!(caller.hasRole("MANAGER") || caller.hasRole("ADMINISTRATOR"))) {
            throw ValidationFailure.of("overrideReason", "Only a manager can grant while a request for information"
                    + " is unanswered");
        }
        if (override.length() > 2000) {
            throw ValidationFailure.of("overrideReason", "The reason must be 2,000 characters or fewer");
        }
        return override.strip();
    }

    @Transactional
    public NoticeRecord proposeRefusal(long id, String reasons) {
        return propose(id, Proposal.REFUSE, reasons, null);
    }

    /** Proposes to grant with conditions the provider has not agreed (one condition per line). */
    @Transactional
    public NoticeRecord proposeConditions(long id, String reasons, String conditions) {
        return propose(id, Proposal.GRANT_WITH_CONDITIONS, reasons, conditions);
    }

    private NoticeRecord propose(long id, Proposal what, String reasons, String conditions) {
        RegistrationApplication a = applications.forStaffChange(id);
        requireReasons(reasons);
        var before = a.auditSnapshot();
        StaffWorkflow.guard(() -> a.propose(what, reasons.strip(), conditions, clock.instant()));
        List<NewNotice.Section> sections = new ArrayList<>();
        sections.add(new NewNotice.Section("What we propose", "We propose to " + what.text() + "."));
        if (what == Proposal.GRANT_WITH_CONDITIONS) {
            sections.add(new NewNotice.Section("Conditions we propose", a.proposedConditions()));
        }
        sections.add(new NewNotice.Section("Reasons", reasons.strip()));
        NoticeRecord nop = notices.issue(notice(a, NoticeKind.NOTICE_OF_PROPOSAL, (what == Proposal.REFUSE
                ? "Proposal to refuse your application " : "Proposal to grant your application with conditions ")
                + a.reference(), Map.of("Application", a.reference(), "Type of application", a.type().label()),
                sections, false));
        toApplicant(a, "We propose to " + what.text(), "We have served a notice of proposal (" + nop.reference()
                + "): we propose to " + what.text() + ".\n\n" + reasons.strip() + "\n\nYou may send written"
                + " representations until the end of " + Days.written(nop.representationsDue()) + " (28 days). Open your application"
                + " with your link and choose \"" + "Read your notices and make representations" + "\".");
        audit.record("DECISION_PROPOSED", "RegistrationApplication", String.valueOf(id), before, a.auditSnapshot(),
                what.name() + " " + nop.reference());
        return nop;
    }

    /** After representations, the regulator takes the proposal back; the application returns to assessment. */
    @Transactional
    public void withdrawProposal(long id, String reason) {
        RegistrationApplication a = applications.forStaffChange(id);
        requireReasons(reason);
        NoticeRecord nop = open(a, NoticeKind.NOTICE_OF_PROPOSAL);
        var before = a.auditSnapshot();
        StaffWorkflow.guard(() -> a.withdrawProposal(clock.instant()));
        notices.withdraw(nop.id(), reason.strip());
        audit.record("PROPOSAL_WITHDRAWN", "RegistrationApplication", String.valueOf(id), before, a.auditSnapshot(),
                reason.strip());
    }

    /**
     * Adopts the proposal and serves the notice of decision (28 days to appeal): only once representations were
     * made or the 28 days for them have passed.
     */
    @Transactional
    public NoticeRecord decide(long id, String reasons) {
        RegistrationApplication a = applications.forStaffChange(id);
        requireReasons(reasons);
        NoticeRecord nop = open(a, NoticeKind.NOTICE_OF_PROPOSAL);
        boolean represented = !noticeQueries.representations(nop.id()).isEmpty();
        if (nop.representationsOpen() && !represented) {
            throw ValidationFailure.of("reasons", "The provider has until " + Days.written(nop.representationsDue())
                    + " to make representations; decide after that date or once they have");
        }
        var before = a.auditSnapshot();
        Proposal what = a.proposal();
        StaffWorkflow.guard(() -> a.decide(reasons.strip(), clock.instant()));
        notices.conclude(nop.id(), "Adopted: notice of decision served");
        List<NewNotice.Section> sections = new ArrayList<>();
        sections.add(new NewNotice.Section("Our decision", "We have decided to " + what.text() + "."));
        if (what == Proposal.GRANT_WITH_CONDITIONS) {
            sections.add(new NewNotice.Section("Conditions", a.proposedConditions()));
        }
        sections.add(new NewNotice.Section("Reasons", reasons.strip()));
        NoticeRecord nod = notices.issue(notice(a, NoticeKind.NOTICE_OF_DECISION, (what == Proposal.REFUSE
                ? "Decision to refuse your application " : "Decision to grant your application with conditions ")
                + a.reference(), Map.of("Application", a.reference(), "Notice of proposal", nop.reference()
                        + " served on " + Days.written(nop.servedOn()), "Representations", represented ? "Received and considered"
                        : "None received"), sections, true));
        toApplicant(a, "We have decided to " + what.text(), "We have served a notice of decision (" + nod.reference()
                + "): we have decided to " + what.text() + ".\n\n" + reasons.strip() + "\n\nYou may appeal to the"
                + " First-tier Tribunal until the end of " + Days.written(nod.appealDue()) + " (28 days). If you do not, the decision"
                + " takes effect on " + Days.written(nod.takesEffectOn()) + ". Your notices are on your application's page.");
        audit.record("DECISION_SERVED", "RegistrationApplication", String.valueOf(id), before, a.auditSnapshot(),
                nod.reference());
        scheduleTakingEffect(a, nod);
        return nod;
    }

    @Transactional
    public void recordAppeal(long id, LocalDate lodgedOn) {
        RegistrationApplication a = applications.forStaffChange(id);
        NoticeRecord nod = open(a, NoticeKind.NOTICE_OF_DECISION);
        var before = a.auditSnapshot();
        StaffWorkflow.guard(() -> a.appealLodged(clock.instant()));
        notices.recordAppeal(nod.id(), lodgedOn);
        dated.cancel(SUBJECT, String.valueOf(id), TAKE_EFFECT, "Appeal lodged on " + lodgedOn);
        audit.record("APPEAL_RECORDED", "RegistrationApplication", String.valueOf(id), before, a.auditSnapshot(),
                "Lodged " + lodgedOn);
    }

    @Transactional
    public void recordAppealOutcome(long id, LocalDate decidedOn, AppealOutcome outcome) {
        RegistrationApplication a = applications.forStaffChange(id);
        NoticeRecord nod = open(a, NoticeKind.NOTICE_OF_DECISION);
        if (a.status() != ApplicationStatus.APPEALED) {
            throw ValidationFailure.of("outcome", "No appeal has been recorded on this application");
        }
        var before = a.auditSnapshot();
        NoticeRecord after = notices.recordAppealOutcome(nod.id(), decidedOn, outcome);
        if (outcome == AppealOutcome.ALLOWED) {
            StaffWorkflow.guard(() -> a.appealAllowed(clock.instant()));
        } else if (after.inEffect()) {
            takeEffect(a, after);
        } else {
            scheduleTakingEffect(a, after);
        }
        audit.record("APPEAL_DECIDED", "RegistrationApplication", String.valueOf(id), before, a.auditSnapshot(),
                outcome.label());
    }

    /** Records that the decision has taken effect; refused before its date. */
    @Transactional
    public void takesEffect(long id) {
        RegistrationApplication a = applications.forStaffChange(id);
        NoticeRecord nod = open(a, NoticeKind.NOTICE_OF_DECISION);
        if (!nod.inEffect()) {
            throw ValidationFailure.of("status", nod.takesEffectOn() == null
                    ? "The decision does not take effect while an appeal is pending"
                    : "The decision takes effect on " + Days.written(nod.takesEffectOn()));
        }
        var before = a.auditSnapshot();
        takeEffect(a, nod);
        dated.cancel(SUBJECT, String.valueOf(id), TAKE_EFFECT, "Recorded by hand");
        audit.record("DECISION_TOOK_EFFECT", "RegistrationApplication", String.valueOf(id), before,
                a.auditSnapshot(), null);
    }

    /** A refusal closes the application; a grant with conditions changes the register and serves a certificate. */
    private void takeEffect(RegistrationApplication a, NoticeRecord nod) {
        String newLocation = null;
        if (a.proposal() == Proposal.GRANT_WITH_CONDITIONS) {
            RegisterEffects.Applied applied = effects.apply(a, today());
            newLocation = applied.newLocationId();
            for (String condition : a.proposedConditions().split("\\R")) {
                if (!condition.isBlank()) {
                    changes.imposeCondition(a.providerId(), applied.locationId(), condition.strip(), today(),
                            "Application " + a.reference() + " granted with conditions");
                }
            }
            Map<String, String> facts = new java.util.LinkedHashMap<>(applied.facts());
            facts.put("Conditions", a.proposedConditions());
            notices.issue(NewNotice.of(NoticeKind.REGISTRATION_CERTIFICATE, SUBJECT, String.valueOf(a.id()),
                    a.providerId(), applied.locationId(), "Certificate of registration", facts,
                    List.of(new NewNotice.Section("Registration", "This certificate records the registration as varied"
                            + " by application " + a.reference() + ", subject to the conditions above.")), false));
        }
        String location = newLocation;
        StaffWorkflow.guard(() -> a.decisionTakesEffect(location, clock.instant()));
        notices.conclude(nod.id(), "Took effect on " + Days.written(nod.takesEffectOn()));
    }

    /**
     * A notice about the application: on the provider, or, for a new provider not yet on the register, addressed
     * to the applicant by name (the same clocks; they read it with their link).
     */
    private static NewNotice notice(RegistrationApplication a, NoticeKind kind, String title, Map<String, String> facts,
            List<NewNotice.Section> sections, boolean appealable) {
        String sid = String.valueOf(a.id());
        if (a.providerId() == null) {
            return NewNotice.toAddressee(kind, SUBJECT, sid, a.applicantName(), title, facts, sections, appealable);
        }
        return NewNotice.of(kind, SUBJECT, sid, a.providerId(), a.locationId(), title, facts, sections, appealable);
    }

    /** Tells a new provider's applicant by email (a registered provider reads its notices in the portal). */
    private void toApplicant(RegistrationApplication a, String subject, String text) {
        if (a.providerId() == null) {
            applicantMail.letter(a, subject, text);
        }
    }

    private NoticeRecord open(RegistrationApplication a, NoticeKind kind) {
        return noticeQueries.ofSubject(SUBJECT, String.valueOf(a.id())).stream()
                .filter(n -> n.kind().equals(kind.name()) && n.open()).reduce((x, y) -> y)
                .orElseThrow(() -> ValidationFailure.of("status", "There is no open " + kind.label().toLowerCase(
                        java.util.Locale.ROOT) + " on this application"));
    }

    private static void requireReasons(String reasons) {
        if (reasons == null || reasons.isBlank()) {
            throw ValidationFailure.of("reasons", "Give the reasons");
        }
        if (reasons.length() > 5000) {
            throw ValidationFailure.of("reasons", "Reasons must be 5,000 characters or fewer");
        }
    }

    /** A decision not appealed takes effect by itself on its date (appeal lodged: cancelled). */
    private void scheduleTakingEffect(RegistrationApplication a, NoticeRecord nod) {
        if (nod.takesEffectOn() != null && !nod.inEffect()) {
            dated.schedule(new DatedDecisions.Spec(SUBJECT, String.valueOf(a.id()), TAKE_EFFECT, nod.takesEffectOn(),
                    a.providerId(), a.locationId(), "Decision " + nod.reference() + " on application " + a.reference()
                            + " takes effect"));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NoticeService.UK));
    }
}
