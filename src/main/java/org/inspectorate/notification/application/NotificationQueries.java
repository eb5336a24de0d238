package org.inspectorate.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.notification.domain.Notification;
import org.inspectorate.notification.persistence.NotificationRepository;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;

/**
 * Reading notifications. An organisation reads its own (anything else is not found, and the attempt audited
 * by {@link ProviderAccess}); notifications carry details about people using services, so reads are audited.
 */
@ApplicationScoped
public class NotificationQueries {

    @Inject
    NotificationRepository store;

    @Inject
    ProviderAccess access;

    @Inject
    AuditLog audit;

    public record Summary(String reference, String type, String typeLabel, String locationId,
            java.time.Instant receivedAt, boolean late, String submittedVia) {
        static Summary of(Notification n) {
            return new Summary(n.reference(), n.type().name(), n.type().label(), n.locationId(), n.submittedAt(),
                    n.late(), n.submittedVia().name());
        }
    }

    @Transactional
    public Page<Summary> ofCallerOrganisation(PageRequest page) {
        String provider = access.requireProvider();
        return new Page<>(list(provider, page), count(provider), page);
    }

    /** A provider's notifications; location managers and contributors see only those of the locations they reach. */
    @Transactional
    public List<Summary> list(String providerId, PageRequest page) {
        access.checkProvider(providerId);
        return store.ofProvider(providerId, access.locationScope().orElse(null), page.offset(), page.size()).stream()
                .map(Summary::of).toList();
    }

    @Transactional
    public long count(String providerId) {
        access.checkProvider(providerId);
        return store.countOfProvider(providerId, access.locationScope().orElse(null));
    }

    /** One notification by reference, for its own organisation or for staff. */
    @Transactional
    public Optional<NotificationRecord> byReference(String reference) {
        Optional<Notification> found = store.findByReference(reference);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try {
            access.checkOwnedBy("Notification", reference, found.get().providerId());
            access.checkLocation(found.get().locationId(), false);
        } catch (NotFound | Forbidden e) {
            return Optional.empty();
        }
        audit.record("PERSONAL_DATA_VIEWED", "Notification", reference, "Notification read");
        return found.map(NotificationRecord::of);
    }
}
