package org.inspectorate.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.notification.domain.Notification;
import org.inspectorate.notification.domain.NotificationAudience;
import org.inspectorate.notification.domain.NotificationType;
import org.inspectorate.notification.persistence.NotificationRepository;
import org.inspectorate.registry.application.LocationDirectory;
import org.inspectorate.registry.application.LocationFacts;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.triage.application.TriageIntake;
import org.inspectorate.triage.domain.NewItem;
import org.inspectorate.triage.domain.ReferenceNumbers;

/**
 * Receives notifications, one or a batch, for the caller's organisation. A batch is all or nothing: every
 * item is checked first, and if any has a problem nothing is stored and every problem is reported, each named
 * by the item's position and field. A client key used before returns the original acknowledgement and
 * stores nothing; the same key with different content is refused. Each stored notification is queued for
 * triage and audited in the same transaction, so the acknowledgement (given after commit) means both.
 */
@ApplicationScoped
public class NotificationIntake {

    public static final int MAX_BATCH = 100;
    static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    ProviderAccess access;

    @Inject
    SubmissionChecks checks;

    @Inject
    NotificationRepository store;

    @Inject
    LocationDirectory locations;

    @Inject
    TriageIntake triage;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Acknowledgement submit(Submission submission) {
        return receive(List.of(submission), false).get(0);
    }

    @Transactional
    public List<Acknowledgement> submitBatch(List<Submission> batch) {
        if (batch.isEmpty() || batch.size() > MAX_BATCH) {
            throw ValidationFailure.of("notifications", "Send between 1 and " + MAX_BATCH + " notifications in a batch");
        }
        return receive(batch, true);
    }

    private List<Acknowledgement> receive(List<Submission> batch, boolean numbered) {
        String providerId = access.requireProvider();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            checks.shape(batch.get(i), prefix(numbered, i), errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        Set<String> locationIds = new LinkedHashSet<>();
        batch.forEach(s -> locationIds.add(s.locationId().strip()));
        access.checkLocations(locationIds, true);
        Map<String, LocationFacts> facts = locations.facts(locationIds);

        Map<String, Notification> earlier = store.byClientKeys(providerId,
                batch.stream().map(s -> s.clientKey().strip()).toList());
        Set<String> keysSeen = new java.util.HashSet<>();
        LocalDateTime now = LocalDateTime.now(clock.withZone(UK));
        List<CheckedSubmission> fresh = new ArrayList<>();
        Acknowledgement[] acks = new Acknowledgement[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            Submission s = batch.get(i);
            String key = s.clientKey().strip();
            String p = prefix(numbered, i);
            if (!keysSeen.add(key)) {
                errors.add(new FieldError(p + "clientKey", "The client key " + key + " is used twice in this batch"));
                continue;
            }
            Notification before = earlier.get(key);
            if (before != null) {
                if (!before.payloadHash().equals(SubmissionChecks.hash(s))) {
                    errors.add(new FieldError(p + "clientKey", "The client key " + key
                            + " was already used for a different notification (" + before.reference() + ")"));
                } else {
                    acks[i] = acknowledgement(before, true);
                }
                continue;
            }
            NotificationType.parse(s.type()).flatMap(t -> Optional.ofNullable(facts.get(s.locationId().strip()))
                    .flatMap(f -> NotificationAudience.refusal(t, f.name(), f.serviceTypes())))
                    .ifPresent(why -> errors.add(new FieldError(p + "type", why)));
            CheckedSubmission checked = checks.full(s, p, now, errors);
            if (checked != null) {
                fresh.add(checked);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        List<Notification> stored = store(providerId, fresh, now, facts);
        Map<String, Notification> byKey = new HashMap<>();
        stored.forEach(n -> byKey.put(n.clientKey(), n));
        for (int i = 0; i < batch.size(); i++) {
            if (acks[i] == null) {
                acks[i] = acknowledgement(byKey.get(batch.get(i).clientKey().strip()), false);
            }
        }
        return List.of(acks);
    }

    private List<Notification> store(String providerId, List<CheckedSubmission> fresh, LocalDateTime now,
            Map<String, LocationFacts> facts) {
        if (fresh.isEmpty()) {
            return List.of();
        }
        Caller caller = access.caller();
        Instant at = clock.instant();
        List<Notification> stored = new ArrayList<>();
        List<NewItem> items = new ArrayList<>();
        for (CheckedSubmission c : fresh) {
            LocalDate dueBy = c.spec().deadline().dueBy(c.details());
            boolean late = dueBy != null && now.toLocalDate().isAfter(dueBy);
            Submission s = c.submission();
            Notification n = new Notification(ReferenceNumbers.next("NTF"), providerId, s.locationId().strip(),
                    c.spec().type(), s.clientKey().strip(), c.payloadHash(), c.details(), eventDate(c), late,
                    s.channel(), caller.userId(), caller.name(), at, c.files());
            store.add(n);
            audit.record("NOTIFICATION_SUBMITTED", "Notification", n.reference(), null, n.auditSnapshot(),
                    c.spec().type().label());
            items.add(TriageItems.of(n, c, facts.get(n.locationId())));
            stored.add(n);
        }
        triage.openAll(items);
        store.flush();
        return stored;
    }

    /** The day the notified event happened: the first date in the type's form. */
    private static LocalDate eventDate(CheckedSubmission c) {
        return c.spec().fields().stream().filter(f -> f.isDate() || f.isDateTime())
                .map(f -> c.details().get(f.name())).filter(java.util.Objects::nonNull)
                .map(org.inspectorate.notification.domain.Deadline::dateOf).findFirst().orElse(null);
    }

    private static String prefix(boolean numbered, int i) {
        return numbered ? "[" + i + "]." : "";
    }

    static Acknowledgement acknowledgement(Notification n, boolean replayed) {
        return new Acknowledgement(n.reference(), n.clientKey(), n.type().name(), n.locationId(), n.submittedAt(),
                n.late(), replayed);
    }
}
