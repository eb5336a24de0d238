package org.inspectorate.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inspectorate.planning.domain.PlannedAssessment;
import org.inspectorate.planning.domain.RiskReason;
import org.inspectorate.planning.persistence.LocationRiskRepository;
import org.inspectorate.planning.persistence.LocationRiskRepository.RiskRow;
import org.inspectorate.planning.persistence.PlanRepository;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.triage.domain.Team;

/** The risk view (paged in the database, highest score first) and re-inspection deadlines. */
@ApplicationScoped
public class RiskQueries {

    @Inject
    LocationRiskRepository risks;

    @Inject
    PlanRepository plans;

    @Inject
    RiskRefresh refresh;

    @Inject
    Clock clock;

    private static final long COUNT_MAX_AGE_MILLIS = 3_000;
    private final java.util.concurrent.ConcurrentHashMap<String, long[]> counts =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Transactional
    public List<RiskView> list(String team, String region, PageRequest page) {
        return views(risks.page(team, region, page.offset(), page.size()));
    }

    /** Counts are reused for a few seconds: a whole-country count reads every position, and changes slowly. */
    @Transactional
    public long count(String team, String region) {
        String key = team + "/" + region;
        long now = System.currentTimeMillis();
        long[] cached = counts.get(key);
        if (cached != null && now - cached[1] < COUNT_MAX_AGE_MILLIS) {
            return cached[0];
        }
        long n = risks.count(team, region);
        counts.put(key, new long[] {n, now});
        return n;
    }

    @Transactional
    public Page<RiskView> page(String team, String region, PageRequest page) {
        return new Page<>(list(team, region, page), count(team, region), page);
    }

    /** One location's position as last computed (no recomputation), for pages that show it alongside. */
    @Transactional
    public Optional<RiskView> stored(String locationId) {
        return risks.find(locationId).map(r -> views(List.of(r)).get(0));
    }

    /** One location's position, recomputed now. */
    @Transactional
    public Optional<RiskView> location(String locationId) {
        refresh.refresh(Set.of(locationId));
        return risks.find(locationId).map(r -> views(List.of(r)).get(0));
    }

    @Transactional
    public List<RiskView> reinspections(boolean overdueOnly, PageRequest page) {
        return views(risks.reinspections(overdueOnly ? LocalDate.now(clock) : null, page.offset(), page.size()));
    }

    @Transactional
    public long countReinspections(boolean overdueOnly) {
        return risks.countReinspections(overdueOnly ? LocalDate.now(clock) : null);
    }

    private List<RiskView> views(List<RiskRow> rows) {
        LocalDate today = LocalDate.now(clock);
        Map<String, PlannedAssessment> open = plans.openAt(rows.stream().map(RiskRow::locationId).toList());
        return rows.stream().map(r -> {
            PlannedAssessment p = open.get(r.locationId());
            List<RiskReason> reasons = r.reasons().isEmpty() ? List.of()
                    : Arrays.stream(r.reasons().split("\n")).map(RiskReason::decode).toList();
            return new RiskView(r.locationId(), r.locationName(), r.providerId(), r.team(), Team.valueOf(r.team()).label(),
                    r.region(), regionLabel(r.region()), r.score(), reasons, r.rating(), r.reinspectionDue(),
                    r.reinspectionReason(), r.reinspectionDue() != null && today.isAfter(r.reinspectionDue()),
                    p == null ? null : p.id(), p == null ? null : p.plannedOn(), p == null ? null : p.inspectorName(),
                    p != null && p.late(today), r.computedAt());
        }).toList();
    }

    static String regionLabel(String region) {
        try {
            return region == null ? "" : Region.valueOf(region).label();
        } catch (IllegalArgumentException e) {
            return region;
        }
    }
}
