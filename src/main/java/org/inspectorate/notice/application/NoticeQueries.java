package org.inspectorate.notice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.notice.domain.Notice;
import org.inspectorate.notice.domain.NoticeDocument;
import org.inspectorate.notice.persistence.NoticeRepository;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;

/**
 * Reading notices. A provider reads only its own organisation's (any other id is not found, and the attempt
 * audited by {@link ProviderAccess}); staff read all. Opening a notice or its PDF is audited, as notices name
 * people.
 */
@ApplicationScoped
public class NoticeQueries {

    @Inject
    NoticeRepository store;

    @Inject
    ProviderAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The PDF as served. */
    public record Pdf(String fileName, byte[] content) {
    }

    @Transactional
    public Page<NoticeRecord> ofCallerOrganisation(PageRequest page) {
        String provider = access.requireProvider();
        return new Page<>(list(provider, page), store.countOfProvider(provider, access.locationScope()), page);
    }

    @Transactional
    public List<NoticeRecord> list(String providerId, PageRequest page) {
        access.checkProvider(providerId);
        LocalDate today = today();
        return store.ofProvider(providerId, access.locationScope(), page.offset(), page.size()).stream()
                .map(n -> NoticeRecord.of(n, today)).toList();
    }

    @Transactional
    public long count(String providerId) {
        access.checkProvider(providerId);
        return store.countOfProvider(providerId, access.locationScope());
    }

    /** One notice, for its own organisation or staff; empty (the attempt audited) for anyone else. */
    @Transactional
    public Optional<NoticeRecord> get(long id) {
        Optional<Notice> n = owned(id);
        n.ifPresent(x -> audit.record("NOTICE_VIEWED", "Notice", x.reference(), null));
        return n.map(x -> NoticeRecord.of(x, today()));
    }

    /** The notice's PDF; not found for anyone but its organisation and staff. */
    @Transactional
    public Pdf pdf(long id) {
        Notice n = owned(id).orElseThrow(() -> new NotFound("notice", String.valueOf(id)));
        NoticeDocument d = store.document(id).orElseThrow(() -> new NotFound("notice document", String.valueOf(id)));
        audit.record("NOTICE_DOWNLOADED", "Notice", n.reference(), null);
        return new Pdf(d.fileName(), d.content());
    }

    @Transactional
    public List<RepresentationRecord> representations(long id) {
        owned(id).orElseThrow(() -> new NotFound("notice", String.valueOf(id)));
        return store.representations(id).stream().map(RepresentationRecord::of).toList();
    }

    /**
     * Every notice about a subject (for example one application), oldest first, that the caller may see.
     * The owning context checks the caller's access to the subject itself.
     */
    @Transactional
    public List<NoticeRecord> ofSubject(String subjectType, String subjectId) {
        LocalDate today = today();
        var caller = access.caller();
        return store.ofSubject(subjectType, subjectId).stream().filter(n -> caller.mayAccessProvider(n.providerId()))
                .map(n -> NoticeRecord.of(n, today)).toList();
    }

    /**
     * The notices about a subject addressed to its applicant (no provider yet), oldest first. The owning context
     * has authorised the caller for the subject (for registration, by the applicant's link); reads are audited.
     */
    @Transactional
    public List<NoticeRecord> toApplicantOf(String subjectType, String subjectId) {
        LocalDate today = today();
        List<Notice> list = store.ofSubject(subjectType, subjectId).stream()
                .filter(n -> n.addressedToApplicantOf(subjectType, subjectId)).toList();
        list.forEach(n -> audit.record("NOTICE_VIEWED", "Notice", n.reference(), "By the applicant"));
        return list.stream().map(n -> NoticeRecord.of(n, today)).toList();
    }

    /** Representations on a notice addressed to the subject's applicant; not found for any other notice. */
    @Transactional
    public List<RepresentationRecord> applicantRepresentations(String subjectType, String subjectId, long id) {
        store.find(id).filter(n -> n.addressedToApplicantOf(subjectType, subjectId))
                .orElseThrow(() -> new NotFound("notice", String.valueOf(id)));
        return store.representations(id).stream().map(RepresentationRecord::of).toList();
    }

    /** The PDF of a notice addressed to the subject's applicant; not found for any other notice. Audited. */
    @Transactional
    public Pdf applicantPdf(String subjectType, String subjectId, long id) {
        Notice n = store.find(id).filter(x -> x.addressedToApplicantOf(subjectType, subjectId))
                .orElseThrow(() -> new NotFound("notice", String.valueOf(id)));
        NoticeDocument d = store.document(id).orElseThrow(() -> new NotFound("notice document", String.valueOf(id)));
        audit.record("NOTICE_DOWNLOADED", "Notice", n.reference(), "By the applicant");
        return new Pdf(d.fileName(), d.content());
    }

    /** Open notices with an overdue step (staff). */
    @Transactional
    public Page<NoticeRecord> overdue(PageRequest page) {
        LocalDate today = today();
        return new Page<>(store.overdue(today, page.offset(), page.size()).stream()
                .map(n -> NoticeRecord.of(n, today)).toList(), store.countOverdue(today), page);
    }

    private Optional<Notice> owned(long id) {
        Optional<Notice> n = store.find(id);
        if (n.isPresent() && n.get().providerId() == null && access.caller().isStaff()) {
            return n; // addressed to an applicant not yet registered: staff only (the applicant by their link)
        }
        try {
            access.checkOwnedBy("Notice", String.valueOf(id), n.map(Notice::providerId).orElse(null));
        } catch (NotFound e) {
            return Optional.empty();
        }
        if (n.get().locationId() != null) {
            access.checkLocation(n.get().locationId(), false); // a location outside the user's scope: forbidden
        }
        return n;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NoticeService.UK));
    }
}
