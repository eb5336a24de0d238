package org.inspectorate.notice.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.inspectorate.notice.domain.Notice;
import org.inspectorate.notice.domain.NoticeAlert;
import org.inspectorate.notice.domain.NoticeClocks;

/** A notice as callers and screens see it, with its clocks and overdue steps as of {@code today}. */
public record NoticeRecord(long id, String reference, String kind, String kindLabel, String subjectType,
        String subjectId, String providerId, String locationId, String title, LocalDate servedOn,
        LocalDate representationsDue, Long representationDaysLeft, boolean representationsOpen,
        boolean appealable, LocalDate appealDue, Long appealDaysLeft, LocalDate appealLodgedOn,
        LocalDate appealDecidedOn, String appealOutcome, LocalDate complianceDue, LocalDate takesEffectOn,
        boolean inEffect, String status, String outcome, String issuedBy, Instant issuedAt, List<String> alerts,
        String addresseeName) {

    public static NoticeRecord of(Notice n, LocalDate today) {
        return new NoticeRecord(n.id(), n.reference(), n.kind().name(), n.kind().label(), n.subjectType(),
                n.subjectId(), n.providerId(), n.locationId(), n.title(), n.servedOn(), n.representationsDue(),
                n.representationsDue() == null ? null : NoticeClocks.daysLeft(today, n.representationsDue()),
                n.acceptsRepresentationsOn(today), n.appealable(), n.appealDue(),
                n.appealDue() == null ? null : NoticeClocks.daysLeft(today, n.appealDue()), n.appealLodgedOn(),
                n.appealDecidedOn(), n.appealOutcome() == null ? null : n.appealOutcome().label(), n.complianceDue(),
                n.takesEffectOn(), n.inEffectOn(today), n.status().name(), n.outcome(), n.issuedByName(),
                n.issuedAt(), n.alerts(today).stream().map(NoticeAlert::text).toList(), n.addresseeName());
    }

    public boolean open() {
        return "OPEN".equals(status);
    }

    public boolean overdue() {
        return !alerts.isEmpty();
    }

    public boolean takesRepresentations() {
        return representationsDue != null;
    }
}
