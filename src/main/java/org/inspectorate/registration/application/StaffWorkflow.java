package org.inspectorate.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.application.StaffDirectory;
import org.inspectorate.notice.application.NewNotice;
import org.inspectorate.notice.application.NoticeService;
import org.inspectorate.notice.domain.NoticeKind;
import org.inspectorate.registration.domain.AssessmentRecord;
import org.inspectorate.registration.domain.InformationRequest;
import org.inspectorate.registration.domain.RegistrationApplication;
import org.inspectorate.registration.persistence.ApplicationRepository;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.security.RequestActor;

/**
 * Staff steps before the decision: validation (complete, or returned with reasons in a letter), assignment
 * to a registration inspector, requests for information, and records of interviews and site visits.
 */
@ApplicationScoped
public class StaffWorkflow {

    public static final String SUBJECT = "REGISTRATION_APPLICATION";

    @Inject
    ApplicationRepository store;

    @Inject
    ApplicationAccess applications;

    @Inject
    StaffDirectory staff;

    @Inject
    NoticeService notices;

    @Inject
    DashboardQueries dashboard;

    @Inject
    RequestActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ApplicantMail applicantMail;

    @Transactional
    public void validate(long id) {
        RegistrationApplication a = applications.forStaffChange(id);
        step(a, "APPLICATION_VALIDATED", () -> a.validate(clock.instant()));
        if (a.providerId() == null) {
            applicantMail.letter(a, "Your application is complete", "Your application is complete and has been"
                    + " accepted for assessment. A registration inspector will contact you; we aim to decide within "
                    + targetWeeks() + " weeks.");
            return;
        }
        notices.issue(NewNotice.of(NoticeKind.LETTER, SUBJECT, String.valueOf(id), a.providerId(), a.locationId(),
                "Your application " + a.reference() + " is complete", Map.of("Application", a.reference(),
                        "Type", a.type().label()), java.util.List.of(new NewNotice.Section("What happens next",
                                "Your application is complete and has been accepted for assessment. A registration"
                                        + " inspector will contact you; we aim to decide within "
                                        + targetWeeks() + " weeks.")), false));
    }

    private int targetWeeks() {
        return dashboard.targetWeeks();
    }

    /** Returns an incomplete application with a letter giving the reasons; the provider can correct it. */
    @Transactional
    public void returnToProvider(long id, String reasons) {
        RegistrationApplication a = applications.forStaffChange(id);
        step(a, "APPLICATION_RETURNED", () -> a.returnToProvider(reasons, clock.instant()));
        if (a.providerId() == null) {
            applicantMail.letter(a, "Your application has been returned", "Why we returned it:\n\n"
                    + reasons.strip() + "\n\nCorrect your application with your link and submit it again.");
            return;
        }
        notices.issue(NewNotice.of(NoticeKind.LETTER, SUBJECT, String.valueOf(id), a.providerId(), a.locationId(),
                "Your application " + a.reference() + " has been returned", Map.of("Application", a.reference(),
                        "Type", a.type().label()), java.util.List.of(new NewNotice.Section("Why we returned it",
                                reasons.strip()), new NewNotice.Section("What to do next",
                                "Correct your application in the provider portal and submit it again.")), false));
    }

    @Transactional
    public void assign(long id, Long inspectorId) {
        RegistrationApplication a = applications.forStaffChange(id);
        if (inspectorId == null) {
            throw ValidationFailure.of("inspectorId", "Choose a registration inspector");
        }
        var inspector = staff.find(inspectorId).orElseThrow(() -> ValidationFailure.of("inspectorId",
                "Choose an active member of staff"));
        step(a, "APPLICATION_ASSIGNED", () -> a.assign(inspector.id(), inspector.name(), clock.instant()));
    }

    @Transactional
    public long requestInformation(long id, String question, LocalDate dueOn) {
        RegistrationApplication a = applications.forStaffChange(id);
        guard(a::requireAssessment);
        InformationRequest r = new InformationRequest(a.id(), question, dueOn, today(), actor.caller().name(),
                clock.instant());
        store.add(r);
        audit.record("INFORMATION_REQUESTED", "RegistrationApplication", String.valueOf(id), null,
                Map.of("request", r.id(), "dueOn", dueOn.toString()), null);
        applicantMail.letter(a, "We need more information about your application", "Please answer by " + dueOn
                + ":\n\n" + r.question());
        return r.id();
    }

    @Transactional
    public long record(long id, AssessmentRecord.Kind kind, LocalDate heldOn, String subject, boolean satisfactory,
            String notes) {
        RegistrationApplication a = applications.forStaffChange(id);
        guard(a::requireAssessment);
        AssessmentRecord r = new AssessmentRecord(a.id(), kind, heldOn, today(), subject, satisfactory, notes,
                actor.caller().name(), clock.instant());
        store.add(r);
        audit.record(kind == AssessmentRecord.Kind.INTERVIEW ? "INTERVIEW_RECORDED" : "SITE_VISIT_RECORDED",
                "RegistrationApplication", String.valueOf(id), null, Map.of("record", r.id(), "heldOn",
                        heldOn.toString(), "satisfactory", satisfactory), subject);
        return r.id();
    }

    private void step(RegistrationApplication a, String action, Runnable change) {
        var before = a.auditSnapshot();
        guard(change);
        audit.record(action, "RegistrationApplication", String.valueOf(a.id()), before, a.auditSnapshot(), null);
    }

    static void guard(Runnable change) {
        try {
            change.run();
        } catch (IllegalStateException e) {
            throw ValidationFailure.of("status", e.getMessage());
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(NoticeService.UK));
    }
}
