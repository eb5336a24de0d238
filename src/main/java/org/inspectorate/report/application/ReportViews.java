package org.inspectorate.report.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inspectorate.report.domain.FacComment;
import org.inspectorate.report.domain.Report;
import org.inspectorate.report.domain.ReportMove;
import org.inspectorate.report.domain.ReportSection;
import org.inspectorate.report.domain.SectionKey;
import org.inspectorate.report.domain.SectionVersion;
import org.inspectorate.report.domain.Transition;

/** Turns report entities into the records screens and the API show. Ages are whole days, counted in the UK. */
final class ReportViews {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private ReportViews() {
    }

    static ReportSummary summary(Report r, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, UK);
        return new ReportSummary(r.id() == null ? 0 : r.id(), r.locationId(), r.locationName(), r.providerId(), r.team(), r.region(),
                r.assessmentId(), r.siteVisitEndedOn(), r.state().name(), r.state().label(), r.stateSince(),
                Math.max(0, Duration.between(r.stateSince(), now).toDays()),
                Math.max(0, ChronoUnit.DAYS.between(r.siteVisitEndedOn(), today)), r.publicationTarget(),
                r.state().open() && today.isAfter(r.publicationTarget()), r.ownerId(), r.ownerName(),
                r.reviewerName(), r.lastActivityAt(), r.facSentAt(), r.facDeadline(), r.facRespondedAt(),
                r.facNoInaccuracies(), r.publishedAt(), r.version(),
                Transition.from(r.state()).stream().map(Enum::name).toList());
    }

    /** Sections in the report's order, whatever order the database gave. */
    static List<SectionRecord> sections(List<ReportSection> sections) {
        Map<SectionKey, ReportSection> byKey = sections.stream()
                .collect(Collectors.toMap(ReportSection::key, Function.identity()));
        return java.util.Arrays.stream(SectionKey.values()).filter(byKey::containsKey).map(byKey::get)
                .map(ReportViews::section).toList();
    }

    static SectionRecord section(ReportSection s) {
        return new SectionRecord(s.key().name(), s.key().label(), s.key().anchor(), s.html(), s.version(),
                s.updatedAt(), s.updatedByName(), s.leaseHolderName(), s.leaseExpiresAt(), s.leaseHolderId());
    }

    static MoveRecord move(ReportMove m) {
        return new MoveRecord(m.transition(), m.fromState() == null ? null : m.fromState().name(), m.toState().name(),
                m.actorName(), m.reason(), m.movedAt());
    }

    static CommentRecord comment(FacComment c) {
        return new CommentRecord(c.id(), c.section().name(), c.section().label(),
                c.correctionType() == null ? null : c.correctionType().label(), c.text(), c.authorName(),
                c.createdAt(), c.evidence().stream().map(e -> new CommentRecord.EvidenceRecord(e.fileId().toString(),
                        e.fileName())).toList(),
                c.accepted(), c.responseReason(), c.respondedByName(), c.respondedAt());
    }

    static List<CommentRecord> comments(List<FacComment> comments) {
        return comments.stream().sorted(Comparator.comparing((FacComment c) -> c.section().ordinal())
                .thenComparing(FacComment::createdAt)).map(ReportViews::comment).toList();
    }

    static VersionRecord version(SectionVersion v, boolean withHtml) {
        return new VersionRecord(v.key().name(), v.version(), v.savedAt(), v.savedByName(), v.restoredFrom(),
                withHtml ? v.html() : null);
    }
}
