package org.inspectorate.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.triage.domain.AgeBand;
import org.inspectorate.triage.domain.QueueFilter;
import org.inspectorate.triage.domain.Team;
import org.inspectorate.triage.domain.TriageItem;
import org.inspectorate.triage.domain.TriageState;
import org.inspectorate.triage.persistence.TriageRepository;
import org.inspectorate.triage.persistence.TriageRepository.BacklogCell;

/** Reading queues, items, the backlog and location timelines, for staff. */
@ApplicationScoped
public class TriageQueries {

    @Inject
    TriageRepository items;

    @Inject
    CategoryLabels categories;

    @Inject
    Instance<SourceDetails> sources;

    @Inject
    Clock clock;

    @Inject
    QueueCounts counts;

    @Inject
    org.inspectorate.audit.application.AuditLog audit;

    @Transactional
    public Page<QueueRow> queue(QueueFilter filter, PageRequest page) {
        return new Page<>(list(filter, page), count(filter), page);
    }

    @Transactional
    public List<QueueRow> list(QueueFilter filter, PageRequest page) {
        Instant now = clock.instant();
        List<QueueRow> rows = items.queue(filter, now, page.offset(), page.size()).stream().map(i -> row(i, now)).toList();
        readOf("TriageQueue", null, "Queue page", rows);
        return rows;
    }

    @Transactional
    public long count(QueueFilter filter) {
        return counts.count(filter, () -> items.count(filter, clock.instant()));
    }

    /** An item with what its source says; the source audits the read where it holds personal data. */
    @Transactional
    public Optional<ItemRecord> item(long id) {
        return items.find(id).map(this::record);
    }

    @Transactional
    public Optional<ItemRecord> itemByReference(String reference) {
        return items.findByReference(reference).map(this::record);
    }

    @Transactional
    public List<QueueRow> timelineList(String locationId, PageRequest page) {
        Instant now = clock.instant();
        List<QueueRow> rows = items.atLocation(locationId, page.offset(), page.size()).stream().map(i -> row(i, now))
                .toList();
        readOf("Location", locationId, "Location timeline", rows);
        return rows;
    }

    /**
     * Item summaries come from what people wrote in notifications and concerns, so a page of them is a read of
     * personal data: audited with the references shown (never the text).
     */
    private void readOf(String entityType, String entityId, String what, List<QueueRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String references = String.join(", ", rows.stream().map(QueueRow::reference).toList());
        audit.record("PERSONAL_DATA_VIEWED", entityType, entityId, what + " (" + rows.size() + " item summaries): "
                + org.inspectorate.shared.text.Bounded.of(references, 1500));
    }

    @Transactional
    public long timelineCount(String locationId) {
        return items.countAtLocation(locationId);
    }

    @Transactional
    public Page<QueueRow> timeline(String locationId, PageRequest page) {
        return new Page<>(timelineList(locationId, page), timelineCount(locationId), page);
    }

    @Transactional
    public Backlog backlog() {
        Instant now = clock.instant();
        List<BacklogCell> cells = items.backlog(now);
        Map<String, Backlog.QueueSummary> queues = new TreeMap<>();
        Map<String, Map<String, Long>> bands = new LinkedHashMap<>();
        for (AgeBand b : AgeBand.values()) {
            Map<String, Long> byState = new LinkedHashMap<>();
            TriageState.OPEN.forEach(s -> byState.put(s.name(), 0L));
            bands.put(b.name(), byState);
        }
        long open = 0;
        long unassigned = 0;
        long pastDue = 0;
        for (BacklogCell c : cells) {
            open += c.count();
            pastDue += c.pastDue();
            if (TriageState.NEW.name().equals(c.state())) {
                unassigned += c.count();
            }
            bands.get(AgeBand.values()[c.band()].name()).merge(c.state(), c.count(), Long::sum);
            queues.merge(c.team() + "/" + c.region(), summary(c, now), TriageQueries::add);
        }
        List<Backlog.QueueSummary> sorted = queues.values().stream()
                .sorted(Comparator.comparing(Backlog.QueueSummary::teamLabel)
                        .thenComparing(Backlog.QueueSummary::regionLabel)).toList();
        return new Backlog(now, open, unassigned, pastDue, sorted, bands);
    }

    private static Backlog.QueueSummary summary(BacklogCell c, Instant now) {
        Team team = Team.valueOf(c.team());
        return new Backlog.QueueSummary(c.team(), team.label(), c.region() == null ? QueueFilter.NO_REGION : c.region(),
                Regions.label(c.region()), c.count(), is(c, TriageState.NEW), is(c, TriageState.ASSIGNED),
                is(c, TriageState.AWAITING_INFORMATION), c.pastDue(), c.oldest(),
                c.oldest() == null ? 0 : Duration.between(c.oldest(), now).toDays());
    }

    private static long is(BacklogCell c, TriageState s) {
        return s.name().equals(c.state()) ? c.count() : 0;
    }

    private static Backlog.QueueSummary add(Backlog.QueueSummary a, Backlog.QueueSummary b) {
        Instant oldest = a.oldestReceivedAt() == null ? b.oldestReceivedAt() : b.oldestReceivedAt() == null
                ? a.oldestReceivedAt() : a.oldestReceivedAt().isBefore(b.oldestReceivedAt()) ? a.oldestReceivedAt()
                : b.oldestReceivedAt();
        return new Backlog.QueueSummary(a.team(), a.teamLabel(), a.region(), a.regionLabel(), a.open() + b.open(),
                a.newCount() + b.newCount(), a.assigned() + b.assigned(), a.awaiting() + b.awaiting(),
                a.pastDue() + b.pastDue(), oldest, Math.max(a.oldestAgeDays(), b.oldestAgeDays()));
    }

    private QueueRow row(TriageItem i, Instant now) {
        return QueueRow.of(i, categories.label(i.category()), now);
    }

    private ItemRecord record(TriageItem i) {
        SourceView source = sources.stream().filter(s -> s.kind() == i.sourceKind()).findFirst()
                .flatMap(s -> s.describe(i.sourceId())).orElse(null);
        List<ItemRecord.DecisionRecord> decisions = items.decisions(i.id()).stream()
                .map(d -> new ItemRecord.DecisionRecord(d.outcome().label(), d.reasons(), d.decidedBy(), d.decidedAt()))
                .toList();
        return new ItemRecord(row(i, clock.instant()), i.providerId(), Arrays.asList(i.riskReasons().split("; ")),
                i.outcome() == null ? null : i.outcome().label(), i.outcomeReasons(), i.decidedAt(), i.version(),
                decisions, source);
    }
}
