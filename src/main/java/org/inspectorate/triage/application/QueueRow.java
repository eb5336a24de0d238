package org.inspectorate.triage.application;

import java.time.Instant;
import org.inspectorate.triage.domain.TriageItem;

/** One line of a triage queue. */
public record QueueRow(long id, String reference, String sourceKind, String category, String categoryLabel,
        String theme, String summary, String locationId, String locationName, String team, String teamLabel,
        String region, int riskScore, Instant receivedAt, Instant dueAt, String state, String stateLabel,
        Long assigneeId, String assignee, boolean pastDue, long daysWaiting) {

    private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");

    /** Whole calendar days (UK) since the item was received: 0 on the day it came in. */
    static long daysWaiting(Instant receivedAt, Instant now) {
        return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(receivedAt.atZone(UK).toLocalDate(),
                now.atZone(UK).toLocalDate()));
    }

    static QueueRow of(TriageItem i, String categoryLabel, Instant now) {
        return new QueueRow(i.id(), i.reference(), i.sourceKind().name(), i.category(), categoryLabel,
                i.theme().label(), i.summary(), i.locationId(), i.locationName(), i.team().name(), i.team().label(),
                Regions.label(i.region()), i.riskScore(), i.receivedAt(), i.dueAt(), i.state().name(),
                i.state().label(), i.assigneeId(), i.assigneeName(), i.pastDue(now), daysWaiting(i.receivedAt(), now));
    }
}
