package org.inspectorate.registration.application;

import java.time.Duration;
import java.time.Instant;
import org.inspectorate.registration.domain.RegistrationApplication;

/** One row of an application list. */
public record ApplicationSummary(long id, String reference, String type, String typeLabel, String status,
        String statusLabel, String providerId, String locationId, String inspectorName, Instant updatedAt,
        Instant submittedAt, long daysInStage) {

    static ApplicationSummary of(RegistrationApplication a, Instant now) {
        return new ApplicationSummary(a.id(), a.reference(), a.type().name(), a.type().label(), a.status().name(),
                a.status().label(), a.providerId(), a.locationId(), a.inspectorName(), a.updatedAt(), a.submittedAt(),
                Duration.between(a.stageEnteredAt(), now).toDays());
    }
}
