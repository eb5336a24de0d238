package org.inspectorate.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.files.application.FileInfo;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.notification.domain.NotificationAudience;
import org.inspectorate.notification.domain.NotificationDraft;
import org.inspectorate.notification.domain.NotificationType;
import org.inspectorate.notification.domain.SubmissionChannel;
import org.inspectorate.notification.persistence.NotificationRepository;
import org.inspectorate.registry.application.LocationDirectory;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.Validation;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.security.Caller;

/**
 * Drafts of notifications in the portal: started for a location and type, saved as typed (never checked,
 * never refused, so nothing is lost), files attached, then submitted. Only the organisation's own users see
 * its drafts; every change is audited.
 */
@ApplicationScoped
public class DraftService {

    @Inject
    NotificationRepository store;

    @Inject
    ProviderAccess access;

    @Inject
    NotificationIntake intake;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    AcknowledgementMail receipts;

    @Inject
    LocationDirectory locations;

    public record DraftRecord(UUID id, String locationId, NotificationType type, Map<String, Object> values,
            List<NotificationDraft.DraftFile> files, String createdBy, java.time.Instant updatedAt, int version) {
    }

    @Transactional
    public UUID start(String locationId, String kind) {
        new Validation().require(locationId != null && !locationId.isBlank(), "location", "Choose the location")
                .require(NotificationType.parse(kind).isPresent(), "type", "Choose the kind of notification")
                .throwIfInvalid();
        access.checkLocation(locationId, true);
        NotificationType type = NotificationType.parse(kind).orElseThrow();
        locations.facts(locationId).flatMap(f -> NotificationAudience.refusal(type, f.name(), f.serviceTypes()))
                .ifPresent(why -> {
                    throw ValidationFailure.of("type", why);
                });
        Caller c = access.caller();
        NotificationDraft d = new NotificationDraft(UUID.randomUUID(), access.requireProvider(), locationId,
                type, c.userId(), c.name(), clock.instant());
        store.add(d);
        audit.record("NOTIFICATION_DRAFT_STARTED", "NotificationDraft", d.id().toString(), null,
                Map.of("locationId", locationId, "type", d.type().name()), null);
        return d.id();
    }

    @Transactional
    public DraftRecord get(UUID id) {
        NotificationDraft d = owned(id, false);
        return new DraftRecord(d.id(), d.locationId(), d.type(), d.values(), d.files(), d.createdByName(),
                d.updatedAt(), d.version());
    }

    @Transactional
    public List<DraftRecord> drafts() {
        return store.draftsOf(access.requireProvider(), access.locationScope().orElse(null), 100).stream().map(d -> new DraftRecord(d.id(), d.locationId(),
                d.type(), Map.of(), d.files(), d.createdByName(), d.updatedAt(), d.version())).toList();
    }

    /** Keeps the values as typed. {@code expectedVersion} guards against two people saving over each other. */
    @Transactional
    public int save(UUID id, int expectedVersion, Map<String, Object> values) {
        NotificationDraft d = owned(id, true);
        if (d.version() != expectedVersion) {
            throw new OptimisticLockException("Draft " + id + " changed since it was loaded");
        }
        d.keep(values, clock.instant());
        audit.record("NOTIFICATION_DRAFT_SAVED", "NotificationDraft", id.toString(), null, null, null);
        return d.version() + 1;
    }

    @Transactional
    public void attach(UUID id, FileInfo file) {
        NotificationDraft d = owned(id, true);
        if (!file.stored()) {
            throw ValidationFailure.of("file", file.rejection() == null ? "The file was not stored" : file.rejection());
        }
        d.attach(file.id(), file.name(), clock.instant());
        audit.record("NOTIFICATION_DRAFT_FILE_ATTACHED", "NotificationDraft", id.toString(), null,
                Map.of("fileId", file.id().toString(), "name", file.name()), null);
    }

    @Transactional
    public void detach(UUID id, UUID fileId) {
        owned(id, true).detach(fileId, clock.instant());
        audit.record("NOTIFICATION_DRAFT_FILE_REMOVED", "NotificationDraft", id.toString(), null,
                Map.of("fileId", fileId.toString()), null);
    }

    @Transactional
    public void discard(UUID id) {
        NotificationDraft d = owned(id, true);
        store.remove(d);
        audit.record("NOTIFICATION_DRAFT_DISCARDED", "NotificationDraft", id.toString(), null, null, null);
    }

    /**
     * Submits the draft as it was last saved. The draft's id is the client key, so a second submission of the
     * same draft (a double click, a retry) returns the first acknowledgement. The draft goes once submitted.
     */
    @Transactional
    public Acknowledgement submit(UUID id) {
        NotificationDraft d = owned(id, true);
        Acknowledgement ack = intake.submit(new Submission(id.toString(), d.locationId(), d.type().name(), d.values(),
                d.files().stream().map(f -> f.fileId().toString()).toList(), SubmissionChannel.PORTAL));
        store.remove(d);
        receipts.receipt(access.caller(), ack);
        return ack;
    }

    /** The caller's organisation's draft, for a location the caller may submit for (403 otherwise). */
    private NotificationDraft owned(UUID id, boolean act) {
        String provider = access.requireProvider();
        NotificationDraft d = store.draft(id).orElse(null);
        if (d == null || !d.providerId().equals(provider)) {
            if (d != null) {
                audit.recordSecurityEvent("ACCESS_REFUSED", "NotificationDraft", id.toString(),
                        "Not the caller's organisation");
            }
            throw new NotFound("draft", id.toString());
        }
        access.checkLocation(d.locationId(), act);
        return d;
    }
}
