package org.inspectorate.enforcement.application;

import java.time.Instant;
import org.inspectorate.enforcement.domain.EnforcementCase;

/** One case on the board or in a list. */
public record CaseRow(long id, String reference, String providerId, String providerName, String locationId,
        String locationName, String region, String origin, String originLabel, String originReference, String summary, String stage,
        String stageLabel, Instant stageEnteredAt, long daysAtStage, String action, String actionLabel,
        Instant openedAt, int version, Long ownerId, String ownerName) {

    static CaseRow of(EnforcementCase c, Instant now) {
        return new CaseRow(c.id(), c.reference(), c.providerId(), c.providerName(), c.locationId(), c.locationName(),
                c.region(), c.origin().name(), c.origin().label(), c.originReference(), c.summary(), c.stage().name(), c.stage().label(),
                c.stageEnteredAt(), c.daysAtStage(now), c.actionKind() == null ? null : c.actionKind().name(),
                c.actionKind() == null ? null : c.actionKind().label(), c.openedAt(), c.version(), c.ownerId(),
                c.ownerName());
    }
}
