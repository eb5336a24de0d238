package org.inspectorate.notice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.application.PeopleNames;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.notice.domain.AppealOutcome;
import org.inspectorate.notice.domain.Notice;
import org.inspectorate.notice.domain.NoticeDocument;
import org.inspectorate.notice.domain.Representation;
import org.inspectorate.notice.persistence.NoticeRepository;
import org.inspectorate.registry.application.LocationDirectory;
import org.inspectorate.registry.application.LocationFacts;
import org.inspectorate.registry.application.RegisterLookups;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.time.BankHolidays;
import org.inspectorate.triage.domain.ReferenceNumbers;

/**
 * Serving notices and acting on them. Other contexts call {@link #issue} inside their own transaction (the
 * decision and its notice commit together), and {@link #withdraw}, {@link #conclude}, {@link #recordAppeal}
 * and {@link #recordAppealOutcome} as their case moves on. Providers make written representations through
 * {@link #makeRepresentation}, refused outside the window. Every change is audited in its transaction.
 */
@ApplicationScoped
public class NoticeService {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    NoticeRepository store;

    @Inject
    BankHolidays holidays;

    @Inject
    RegisterLookups lookups;

    @Inject
    LocationDirectory locations;

    @Inject
    ProviderAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Event<RepresentationMade> representationMade;

    @Inject
    Clock clock;

    @Inject
    PeopleNames people;

    /** Serves a notice: stores it with its clocks and its PDF, audited. Staff or system callers only. */
    @Transactional
    public NoticeRecord issue(NewNotice spec) {
        Caller caller = access.caller();
        if (caller.isProvider()) {
            throw new org.inspectorate.shared.domain.Forbidden("Only the regulator serves notices");
        }
        check(spec);
        String providerName;
        String locationName = null;
        if (spec.toApplicant()) {
            providerName = spec.addresseeName().strip();
        } else {
            providerName = lookups.providerName(spec.providerId())
                    .orElseThrow(() -> ValidationFailure.of("providerId", "No provider " + spec.providerId()));
        }
        if (spec.locationId() != null) {
            LocationFacts facts = locations.facts(spec.locationId())
                    .orElseThrow(() -> ValidationFailure.of("locationId", "No location " + spec.locationId()));
            if (!java.util.Objects.equals(spec.providerId(), facts.providerId())) {
                throw ValidationFailure.of("locationId", "Location " + spec.locationId() + " is not the provider's");
            }
            locationName = facts.name();
        }
        LocalDate served = spec.servedOn() == null ? today() : spec.servedOn();
        Notice n = new Notice(ReferenceNumbers.next("NTC"), spec.kind(), spec.subjectType(), spec.subjectId(),
                spec.providerId(), spec.addresseeName(), spec.locationId(), spec.title().strip(), served,
                spec.appealable(),
                spec.complianceDue(), holidays.workingDays(), caller.userId(), issuer(caller), clock.instant());
        store.add(n);
        byte[] pdf = NoticePdf.render(n, spec, providerName, locationName);
        store.add(new NoticeDocument(n.id(), n.reference() + ".pdf", pdf, sha256(pdf)));
        audit.record("NOTICE_SERVED", "Notice", n.reference(), null, n.auditSnapshot(), spec.kind().label()
                + " about " + spec.subjectType() + " " + spec.subjectId());
        return NoticeRecord.of(n, today());
    }

    @Transactional
    public NoticeRecord withdraw(long noticeId, String reason) {
        return change(noticeId, "NOTICE_WITHDRAWN", reason, n -> n.withdraw(reason, clock.instant()));
    }

    @Transactional
    public NoticeRecord conclude(long noticeId, String why) {
        return change(noticeId, "NOTICE_CONCLUDED", why, n -> n.conclude(why, clock.instant()));
    }

    @Transactional
    public NoticeRecord recordAppeal(long noticeId, LocalDate lodgedOn) {
        if (lodgedOn == null) {
            throw ValidationFailure.of("lodgedOn", "Enter the date the appeal was lodged");
        }
        return change(noticeId, "NOTICE_APPEALED", "Appeal lodged " + lodgedOn, n -> n.recordAppeal(lodgedOn));
    }

    @Transactional
    public NoticeRecord recordAppealOutcome(long noticeId, LocalDate decidedOn, AppealOutcome outcome) {
        List<FieldError> errors = new ArrayList<>();
        if (decidedOn == null) {
            errors.add(new FieldError("decidedOn", "Enter the date the appeal was decided"));
        }
        if (outcome == null) {
            errors.add(new FieldError("outcome", "Choose the outcome of the appeal"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        return change(noticeId, "NOTICE_APPEAL_DECIDED", outcome.label(),
                n -> n.recordAppealOutcome(decidedOn, outcome, clock.instant()));
    }

    /** The provider's written representations, within the notice's window; observers hear of them. */
    @Transactional
    public RepresentationRecord makeRepresentation(long noticeId, String text) {
        String providerId = access.requireProvider();
        if (!access.mayAct()) {
            throw new org.inspectorate.shared.domain.Forbidden("Your account can view but not act for your organisation");
        }
        Notice n = store.findForUpdate(noticeId).orElse(null);
        access.checkOwnedBy("Notice", String.valueOf(noticeId), n == null ? null : n.providerId());
        if (n.locationId() != null) {
            access.checkLocation(n.locationId(), true);
        } else if (access.locationScope().isPresent()) {
            throw new org.inspectorate.shared.domain.Forbidden(
                    "Only your organisation's administrators can answer a notice about the whole organisation");
        }
        Caller caller = access.caller();
        Representation r = Representation.make(n, text, caller.userId(), caller.name(), clock.instant(), today());
        store.add(r);
        audit.record("REPRESENTATIONS_MADE", "Notice", n.reference(), null, java.util.Map.of("length",
                r.text().length()), "Written representations on " + n.kind().label() + " for " + providerId);
        representationMade.fire(new RepresentationMade(n.id(), n.reference(), n.kind().name(), n.subjectType(),
                n.subjectId(), n.providerId(), r.id()));
        return RepresentationRecord.of(r);
    }

    /**
     * Written representations by the applicant a notice is addressed to (no provider yet), within its window.
     * The context owning the subject has already authorised the caller for that subject (for registration, by
     * the applicant's link); a notice about any other subject, or served on a provider, is not found.
     */
    @Transactional
    public RepresentationRecord makeAddresseeRepresentation(long noticeId, String subjectType, String subjectId,
            String byName, String text) {
        Notice n = store.findForUpdate(noticeId).filter(x -> x.addressedToApplicantOf(subjectType, subjectId))
                .orElse(null);
        if (n == null) {
            audit.recordSecurityEvent("ACCESS_REFUSED", "Notice", String.valueOf(noticeId),
                    "Not a notice addressed to this applicant");
            throw new NotFound("notice", String.valueOf(noticeId));
        }
        Representation r = Representation.make(n, text, null, byName, clock.instant(), today());
        store.add(r);
        audit.record("REPRESENTATIONS_MADE", "Notice", n.reference(), null, java.util.Map.of("length",
                r.text().length()), "Written representations on " + n.kind().label() + " by the applicant "
                + n.addresseeName());
        representationMade.fire(new RepresentationMade(n.id(), n.reference(), n.kind().name(), n.subjectType(),
                n.subjectId(), null, r.id()));
        return RepresentationRecord.of(r);
    }

    private NoticeRecord change(long noticeId, String action, String detail, java.util.function.Consumer<Notice> step) {
        Notice n = store.findForUpdate(noticeId).orElseThrow(() -> new NotFound("notice", String.valueOf(noticeId)));
        var before = n.auditSnapshot();
        try {
            step.accept(n);
        } catch (IllegalStateException e) {
            throw ValidationFailure.of("notice", e.getMessage());
        }
        audit.record(action, "Notice", n.reference(), before, n.auditSnapshot(), detail);
        return NoticeRecord.of(n, today());
    }

    private static void check(NewNotice spec) {
        List<FieldError> errors = new ArrayList<>();
        if (spec.kind() == null) {
            errors.add(new FieldError("kind", "Choose the kind of notice"));
        }
        if (spec.subjectType() == null || !spec.subjectType().matches("[A-Z][A-Z_]{2,39}")) {
            errors.add(new FieldError("subjectType", "A subject type is capital letters and underscores"));
        }
        if (spec.subjectId() == null || spec.subjectId().isBlank() || spec.subjectId().length() > 40) {
            errors.add(new FieldError("subjectId", "Give the id of the notice's subject"));
        }
        boolean noProvider = spec.providerId() == null || spec.providerId().isBlank();
        boolean noAddressee = spec.addresseeName() == null || spec.addresseeName().isBlank()
                || spec.addresseeName().length() > 254;
        if (noProvider && noAddressee) {
            errors.add(new FieldError("providerId", "Give the provider the notice is served on, or the applicant's"
                    + " name"));
        }
        if (spec.title() == null || spec.title().isBlank() || spec.title().length() > 300) {
            errors.add(new FieldError("title", "Give the notice a title of up to 300 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The notice and its PDF name the person who served it, not their sign-in address. */
    private String issuer(Caller caller) {
        return caller.userId() == null ? caller.name() : people.ofAccount(caller.userId()).orElse(caller.name());
    }
}
