package org.inspectorate.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.UUID;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.files.application.FileInfo;
import org.inspectorate.files.application.FileScope;
import org.inspectorate.files.application.FileStore;
import org.inspectorate.notice.application.NoticeQueries;
import org.inspectorate.notice.application.NoticeService;
import org.inspectorate.notice.application.RepresentationRecord;
import org.inspectorate.registration.domain.ApplicationDocument;
import org.inspectorate.registration.domain.DocumentKind;
import org.inspectorate.registration.domain.ApplicantToken;
import org.inspectorate.registration.domain.ApplicationStatus;
import org.inspectorate.registration.domain.ApplicationType;
import org.inspectorate.registration.domain.InformationRequest;
import org.inspectorate.registration.domain.NewProviderChecks;
import org.inspectorate.registration.domain.RegistrationApplication;
import org.inspectorate.registration.domain.Section;
import org.inspectorate.registration.domain.SectionStatus;
import org.inspectorate.registration.persistence.ApplicationRepository;
import org.inspectorate.registry.domain.ProviderType;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.Gone;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.triage.domain.ReferenceNumbers;

/**
 * A new provider's application, reached by the applicant's personal link (no account): start it, have the
 * link sent again, save sections, add and remove documents, submit, answer requests for information, read
 * notices and make representations. Every request is authorised by the link's token alone; a wrong token is
 * not found, an expired or replaced one gone (410), and both audited.
 */
@ApplicationScoped
public class ApplicantService {

    static final int MAX_STARTS_PER_DAY = 5;
    static final int MAX_LINKS = 20;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    ApplicationRepository store;

    @Inject
    ApplicantMail mail;

    @Inject
    FileStore files;

    @Inject
    NoticeService notices;

    @Inject
    NoticeQueries noticeQueries;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Starts an application and emails the link; refused field by field for bad input. */
    @Transactional
    public void start(String name, String email, String providerType) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            errors.add(new FieldError("name", "Enter your full name (200 characters or fewer)"));
        }
        if (email == null || email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            errors.add(new FieldError("email", "Enter an email address like name@example.com"));
        }
        ProviderType type = java.util.Arrays.stream(ProviderType.values())
                .filter(t -> t.name().equals(providerType)).findFirst().orElse(null);
        if (type == null) {
            errors.add(new FieldError("providerType", "Choose whether you are an individual, a partnership or an"
                    + " organisation"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        String to = email.strip();
        if (store.startedByApplicantSince(to, clock.instant().minus(Duration.ofDays(1))) >= MAX_STARTS_PER_DAY) {
            audit.recordSecurityEvent("APPLICANT_LINK_LIMITED", "RegistrationApplication", null,
                    "Too many applications started today from one address");
            return;
        }
        RegistrationApplication a = RegistrationApplication.newProvider(ReferenceNumbers.next("REG"), name.strip(),
                to, type, clock.instant());
        ApplicantToken.Issued token = ApplicantToken.issue(clock.instant());
        a.issueLink(token);
        store.add(a);
        audit.record("APPLICATION_STARTED", "RegistrationApplication", String.valueOf(a.id()), null,
                a.auditSnapshot(), ApplicationType.NEW_PROVIDER.label() + " (" + type.label() + ")");
        mail.link(a, token, true);
    }

    /**
     * Sends a fresh link for each open application made from the address (the old links stop working). The
     * caller always says the same thing, so nobody learns whether an address has applied.
     */
    @Transactional
    public void resend(String email) {
        if (email == null || email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            throw ValidationFailure.of("email", "Enter an email address like name@example.com");
        }
        for (RegistrationApplication a : store.ofApplicant(email)) {
            if (a.status().closed() || a.linksIssued() >= MAX_LINKS) {
                audit.record("APPLICANT_LINK_REFUSED", "RegistrationApplication", String.valueOf(a.id()),
                        a.status().closed() ? "Application closed" : "Too many links issued");
                continue;
            }
            ApplicantToken.Issued token = ApplicantToken.issue(clock.instant());
            a.issueLink(token);
            audit.record("APPLICANT_LINK_ISSUED", "RegistrationApplication", String.valueOf(a.id()), null,
                    Map.of("linksIssued", a.linksIssued()), null);
            mail.link(a, token, false);
        }
    }

    static final String EXPIRED = "Your link has expired or a newer one has been sent. Ask for a new link with"
            + " \"Send me my link again\" on the apply to register page, using the email address you applied with.";

    /**
     * The application the token opens. A token that was never ours is not found; one that has expired or been
     * replaced by a newer link is {@link Gone} (410, "your link has expired"); either attempt is audited.
     */
    public RegistrationApplication open(String token) {
        String hash = ApplicantToken.hash(token);
        RegistrationApplication a = hash == null ? null : store.byTokenHash(hash).orElse(null);
        if (a != null && a.linkValidAt(clock.instant())) {
            return a;
        }
        boolean retired = a == null && hash != null && store.isRetiredTokenHash(hash);
        audit.recordSecurityEvent("ACCESS_REFUSED", "RegistrationApplication",
                a == null ? null : String.valueOf(a.id()), a != null ? "Expired applicant link"
                        : retired ? "Replaced applicant link" : "Unknown applicant link");
        if (a != null || retired) {
            throw new Gone(EXPIRED);
        }
        throw new NotFound("application", "link");
    }

    /** The owner scope of the application's uploads; only while the applicant may still change it. */
    @Transactional
    public FileScope uploadScope(String token) {
        RegistrationApplication a = open(token);
        if (!a.status().editableByProvider()) {
            throw ValidationFailure.of("file", "The application has been submitted: documents can no longer be"
                    + " added");
        }
        return FileScope.applicant(a.id(), a.applicantName());
    }

    /** Adds a file the applicant uploaded (for this application, stored and checked) as a document. */
    @Transactional
    public void attach(String token, DocumentKind kind, UUID fileId) {
        RegistrationApplication a = open(token);
        if (kind == null) {
            throw ValidationFailure.of("kind", "Choose what the document is");
        }
        FileInfo file;
        try {
            file = fileId == null ? null : files.info(FileScope.applicant(a.id(), a.applicantName()), fileId);
        } catch (NotFound e) {
            file = null;
        }
        if (file == null) {
            throw ValidationFailure.of("fileId", "Upload the file first");
        }
        if (!file.stored()) {
            throw ValidationFailure.of("fileId", file.rejection() == null ? "The upload is not complete"
                    : file.rejection());
        }
        ApplicationDocument d = new ApplicationDocument(fileId, kind, file.name(), clock.instant());
        var before = a.auditSnapshot();
        try {
            a.attach(d, clock.instant());
        } catch (IllegalStateException e) {
            throw ValidationFailure.of("fileId", e.getMessage());
        }
        audit.record("APPLICATION_DOCUMENT_ADDED", "RegistrationApplication", String.valueOf(a.id()), before,
                a.auditSnapshot(), kind.label() + ": " + file.name());
    }

    /** Removes one of the application's documents. */
    @Transactional
    public void detach(String token, UUID fileId) {
        RegistrationApplication a = open(token);
        var before = a.auditSnapshot();
        boolean removed;
        try {
            removed = a.detach(fileId, clock.instant());
        } catch (IllegalStateException e) {
            throw ValidationFailure.of("fileId", e.getMessage());
        }
        if (!removed) {
            throw new NotFound("document", String.valueOf(fileId));
        }
        audit.record("APPLICATION_DOCUMENT_REMOVED", "RegistrationApplication", String.valueOf(a.id()), before,
                a.auditSnapshot(), String.valueOf(fileId));
    }

    @Transactional
    public ApplicationService.SectionResult saveSection(String token, String key, Map<String, String> values) {
        RegistrationApplication a = open(token);
        Section section = NewProviderChecks.sections(a.providerType()).stream().filter(s -> s.key().equals(key))
                .findFirst().orElseThrow(() -> new NotFound("section", key));
        Map<String, String> given = values == null ? Map.of() : values;
        List<FieldError> errors = NewProviderChecks.check(section, given, a.providerType());
        var before = a.auditSnapshot();
        StaffWorkflow.guard(() -> a.saveSection(section, given, errors, clock.instant()));
        audit.record("APPLICATION_SECTION_SAVED", "RegistrationApplication", String.valueOf(a.id()), before,
                a.auditSnapshot(), section.title());
        return new ApplicationService.SectionResult(key, a.statusOf(section), errors);
    }

    @Transactional
    public void submit(String token, boolean declaration) {
        RegistrationApplication a = open(token);
        List<Section> sections = NewProviderChecks.sections(a.providerType());
        for (Section s : sections) {
            List<FieldError> errors = NewProviderChecks.check(s, a.answers(), a.providerType());
            if (!errors.isEmpty() && a.statusOf(s) == SectionStatus.COMPLETED) {
                a.saveSection(s, a.answers(), errors, clock.instant());
            }
        }
        var before = a.auditSnapshot();
        StaffWorkflow.guard(() -> a.submit(sections, declaration, a.applicantName(), clock.instant()));
        audit.record("APPLICATION_SUBMITTED", "RegistrationApplication", String.valueOf(a.id()), before,
                a.auditSnapshot(), a.reference());
    }

    @Transactional
    public void answer(String token, long requestId, String text) {
        RegistrationApplication a = open(token);
        if (a.status() != ApplicationStatus.IN_ASSESSMENT) {
            throw ValidationFailure.of("answer", "The application is not being assessed");
        }
        InformationRequest r = store.request(requestId).filter(x -> x.applicationId().equals(a.id()))
                .orElseThrow(() -> new NotFound("request", String.valueOf(requestId)));
        r.answer(text, a.applicantName(), clock.instant());
        audit.record("INFORMATION_PROVIDED", "RegistrationApplication", String.valueOf(a.id()), null,
                Map.of("request", requestId), null);
    }

    /** The notices addressed to the applicant about their application (no provider yet), oldest first; audited. */
    @Transactional
    public List<ApplicantNotice> notices(String token) {
        RegistrationApplication a = open(token);
        String sid = String.valueOf(a.id());
        return noticeQueries.toApplicantOf(StaffWorkflow.SUBJECT, sid).stream()
                .map(n -> new ApplicantNotice(n, noticeQueries.applicantRepresentations(StaffWorkflow.SUBJECT, sid,
                        n.id()))).toList();
    }

    /** The PDF of a notice addressed to the applicant. */
    @Transactional
    public NoticeQueries.Pdf noticePdf(String token, long noticeId) {
        RegistrationApplication a = open(token);
        return noticeQueries.applicantPdf(StaffWorkflow.SUBJECT, String.valueOf(a.id()), noticeId);
    }

    /** The applicant's written representations on a notice of proposal addressed to them, within its window. */
    @Transactional
    public RepresentationRecord represent(String token, long noticeId, String text) {
        RegistrationApplication a = open(token);
        return notices.makeAddresseeRepresentation(noticeId, StaffWorkflow.SUBJECT, String.valueOf(a.id()),
                a.applicantName(), text);
    }

    /** The application as the applicant sees it: task list, answers, requests for information, decision. */
    @Transactional
    public ApplicationRecord view(String token) {
        RegistrationApplication a = open(token);
        return ApplicationRecord.of(a, store.requests(a.id()), List.of(), List.of(), Map.of(), clock.instant());
    }
}
