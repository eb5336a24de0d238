package org.inspectorate.enforcement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspectorate.enforcement.domain.ActionKind;
import org.inspectorate.enforcement.domain.EnforcementCase;
import org.inspectorate.enforcement.domain.Stage;
import org.inspectorate.enforcement.domain.StageDecision;
import org.inspectorate.enforcement.persistence.EnforcementRepository;
import org.inspectorate.enforcement.persistence.EnforcementRepository.BoardCell;
import org.inspectorate.enforcement.persistence.EnforcementRepository.LocationEnforcement;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;

/** Reading cases, the board and clocks, for staff; and what other contexts need to know about enforcement. */
@ApplicationScoped
public class EnforcementQueries {

    @Inject
    EnforcementRepository cases;

    @Inject
    Clock clock;

    @Transactional
    public Optional<CaseRecord> caseRecord(long id) {
        return cases.find(id).map(this::record);
    }

    @Transactional
    public Optional<CaseRecord> caseByReference(String reference) {
        return cases.findByReference(reference).map(this::record);
    }

    @Transactional
    public Optional<CaseRecord> caseOfAction(long actionId) {
        return cases.action(actionId).flatMap(a -> cases.find(a.caseId())).map(this::record);
    }

    @Transactional
    public List<CaseRow> boardList(Stage stage, PageRequest page) {
        Instant now = clock.instant();
        return cases.board(stage, page.offset(), page.size()).stream().map(c -> CaseRow.of(c, now)).toList();
    }

    @Transactional
    public long boardCount(Stage stage) {
        return cases.countBoard(stage);
    }

    @Transactional
    public Page<CaseRow> boardPage(Stage stage, PageRequest page) {
        return new Page<>(boardList(stage, page), boardCount(stage), page);
    }

    @Transactional
    public List<CaseRow> atLocation(String locationId) {
        Instant now = clock.instant();
        return cases.atLocation(locationId, 50).stream().map(c -> CaseRow.of(c, now)).toList();
    }

    @Transactional
    public Board board() {
        Instant now = clock.instant();
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Instant> oldest = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            if (s.open()) {
                counts.put(s.name(), new long[Board.AGE_BANDS.size()]);
            }
        }
        long open = 0;
        for (BoardCell cell : cases.boardCells(now)) {
            counts.get(cell.stage())[cell.band()] += cell.count();
            open += cell.count();
            oldest.merge(cell.stage(), cell.oldest(), (a, b) -> a.isBefore(b) ? a : b);
        }
        List<Board.StageColumn> columns = new ArrayList<>();
        counts.forEach((stage, bands) -> {
            Instant o = oldest.get(stage);
            columns.add(new Board.StageColumn(stage, Stage.valueOf(stage).label(), Arrays.stream(bands).sum(),
                    Arrays.stream(bands).boxed().toList(), o, o == null ? 0 : Duration.between(o, now).toDays()));
        });
        Map<String, Long> overdue = new LinkedHashMap<>();
        long overdueTotal = 0;
        for (Object[] r : cases.overdueByKind(LocalDate.now(clock))) {
            long n = ((Number) r[1]).longValue();
            overdue.put(((ActionKind) r[0]).name(), n);
            overdueTotal += n;
        }
        return new Board(now, open, columns, overdueTotal, overdue);
    }

    /** Actions whose regulator's next step is overdue, soonest due first. */
    @Transactional
    public List<ActionRecord> overdueActions(int limit) {
        LocalDate today = LocalDate.now(clock);
        return cases.overdue(today, limit).stream().map(a -> ActionRecord.of(a, today)).toList();
    }

    /** Open cases and enforcement in force at these locations, for the risk view. */
    @Transactional
    public Map<String, LocationEnforcement> atLocations(Collection<String> locationIds) {
        Map<String, LocationEnforcement> found = new LinkedHashMap<>();
        cases.atLocations(locationIds).forEach(e -> found.put(e.locationId(), e));
        return found;
    }

    /** Breaches active at a location, for the ratings context's limiters (see {@link ActiveBreach}). */
    @Transactional
    public List<ActiveBreach> activeBreaches(String locationId) {
        return cases.activeBreaches(locationId).stream().map(r -> new ActiveBreach((String) r[0], (String) r[1],
                ((ActionKind) r[2]).label(), (LocalDate) r[3])).toList();
    }

    private CaseRecord record(EnforcementCase c) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<CaseRecord.DecisionRecord> decisions = cases.decisions(c.id()).stream()
                .map(d -> new CaseRecord.DecisionRecord(d.stage().name(), d.stage().label(), d.decision().name(),
                        d.decision().label(), d.reasons(), d.meetingKind() == null ? null : d.meetingKind().name(),
                        d.meetingKind() == null ? null : d.meetingKind().label(), d.meetingDate(), d.meetingAttendees(),
                        d.decidedBy(), d.decidedAt()))
                .toList();
        List<CaseRecord.EvidenceRecord> evidence = cases.evidence(c.id()).stream()
                .map(e -> new CaseRecord.EvidenceRecord(e.id(), e.kind().name(), e.kind().label(), e.reference(),
                        e.description(), e.addedBy(), e.addedAt()))
                .toList();
        List<ActionRecord> actions = cases.actions(c.id()).stream().map(a -> ActionRecord.of(a, today)).toList();
        List<CaseRecord.Option> open = StageDecision.at(c.stage()).stream()
                .map(d -> new CaseRecord.Option(d.name(), d.label())).toList();
        return new CaseRecord(CaseRow.of(c, now), c.breach(), c.actionDetail(), c.actionTaken(), c.openedBy(),
                c.closedAt(), decisions, evidence, actions, open);
    }
}
