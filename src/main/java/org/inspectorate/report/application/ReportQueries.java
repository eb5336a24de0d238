package org.inspectorate.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inspectorate.report.domain.BoardFilter;
import org.inspectorate.report.domain.Report;
import org.inspectorate.report.domain.ReportPublication;
import org.inspectorate.report.domain.SectionKey;
import org.inspectorate.report.persistence.ReportRepository;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;

/** Reading reports: one in full, a section's history, the board, the stuck-work list, the public list, stats. */
@ApplicationScoped
public class ReportQueries {

    @Inject
    ReportRepository reports;

    @Inject
    ProviderReports providerReports;

    @Inject
    ReportSettings settings;

    @Inject
    org.inspectorate.identity.application.ProviderAccess access;

    @Inject
    Clock clock;

    @Transactional
    public Optional<ReportDetail> detail(long id) {
        return reports.find(id).map(this::detail);
    }

    /** A report as its provider may see it; refused (audited) unless it is theirs and has been sent to them. */
    @Transactional
    public ReportDetail forProvider(long id) {
        return detail(providerReports.visible(id, false));
    }

    @Transactional
    public Page<ReportSummary> providerList(PageRequest page) {
        String providerId = access.requireProvider();
        Set<String> scope = access.locationScope().orElse(null);
        Instant now = clock.instant();
        return new Page<>(reports.forProvider(providerId, scope, page.offset(), page.size()).stream()
                .map(r -> ReportViews.summary(r, now)).toList(), reports.countForProvider(providerId, scope), page);
    }

    private ReportDetail detail(Report r) {
        return new ReportDetail(ReportViews.summary(r, clock.instant()), ReportViews.sections(reports.sections(r.id())),
                reports.moves(r.id()).stream().map(ReportViews::move).toList(),
                ReportViews.comments(reports.comments(r.id())));
    }

    @Transactional
    public List<VersionRecord> versions(long id, SectionKey key) {
        return reports.versions(id, key).stream().map(v -> ReportViews.version(v, false)).toList();
    }

    @Transactional
    public Optional<VersionRecord> version(long id, SectionKey key, int version) {
        return reports.version(id, key, version).map(v -> ReportViews.version(v, true));
    }

    @Transactional
    public List<ReportSummary> atLocation(String locationId) {
        Instant now = clock.instant();
        return reports.atLocation(locationId).stream().map(r -> ReportViews.summary(r, now)).toList();
    }

    @Transactional
    public Page<ReportSummary> board(BoardFilter filter, PageRequest page) {
        Instant now = clock.instant();
        return new Page<>(reports.board(filter, page.offset(), page.size()).stream()
                .map(r -> ReportViews.summary(r, now)).toList(), reports.countBoard(filter), page);
    }

    @Transactional
    public long countBoard(BoardFilter filter) {
        return reports.countBoard(filter);
    }

    @Transactional
    public List<ReportSummary> boardRows(BoardFilter filter, PageRequest page) {
        Instant now = clock.instant();
        return reports.board(filter, page.offset(), page.size()).stream().map(r -> ReportViews.summary(r, now)).toList();
    }

    @Transactional
    public long countStuck() {
        Instant now = clock.instant();
        return reports.countStuck(now.minus(settings.inactivity()),
                LocalDate.ofInstant(now, ReportViews.UK).minusDays(Report.PUBLICATION_TARGET_DAYS));
    }

    @Transactional
    public Page<StuckRow> stuck(PageRequest page) {
        Instant now = clock.instant();
        Instant quietSince = now.minus(settings.inactivity());
        LocalDate visitBefore = LocalDate.ofInstant(now, ReportViews.UK).minusDays(Report.PUBLICATION_TARGET_DAYS);
        List<Object[]> rows = reports.stuck(quietSince, visitBefore, page.offset(), page.size());
        Map<Long, Report> byId = reports.findAll(rows.stream().map(r -> ((Number) r[0]).longValue()).toList())
                .stream().collect(Collectors.toMap(Report::id, Function.identity()));
        List<StuckRow> out = new ArrayList<>();
        for (Object[] row : rows) {
            Report r = byId.get(((Number) row[0]).longValue());
            List<String> reasons = new ArrayList<>();
            if (Boolean.TRUE.equals(row[1])) {
                reasons.add("OWNER_GONE");
            }
            if (r.lastActivityAt().isBefore(quietSince)) {
                reasons.add("INACTIVE");
            }
            if (r.siteVisitEndedOn().isBefore(visitBefore)) {
                reasons.add("PAST_TARGET");
            }
            out.add(new StuckRow(ReportViews.summary(r, now), reasons));
        }
        return new Page<>(out, reports.countStuck(quietSince, visitBefore), page);
    }

    @Transactional
    public List<PublishedRecord> published(String locationId) {
        return reports.publishedAt(locationId).stream().map(r -> new PublishedRecord(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), (Instant) r[2], (LocalDate) r[3])).toList();
    }

    /** The id of the report's current publication (not withdrawn), if it is published. */
    @Transactional
    public Optional<Long> currentPublicationId(long reportId) {
        return reports.currentPublications(reportId).stream().map(ReportPublication::id).findFirst();
    }

    /** A publication, unless withdrawn. */
    @Transactional
    public Optional<ReportPublication> publication(long id) {
        return reports.publication(id).filter(p -> p.withdrawnAt() == null);
    }

    @Transactional
    public ReportStats stats() {
        Map<String, Long> counts = new HashMap<>();
        Map<String, Instant> oldest = new HashMap<>();
        for (Object[] row : reports.stateCounts()) {
            String state = ((Enum<?>) row[0]).name();
            counts.put(state, ((Number) row[1]).longValue());
            oldest.put(state, (Instant) row[2]);
        }
        long[] p = reports.publishedWithinTarget(Report.PUBLICATION_TARGET_DAYS);
        return new ReportStats(counts, oldest, p[0], p[1], clock.instant());
    }
}
