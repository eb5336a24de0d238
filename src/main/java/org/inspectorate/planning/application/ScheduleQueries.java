package org.inspectorate.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.inspectorate.identity.application.StaffDirectory;
import org.inspectorate.planning.persistence.PlanRepository;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;

/** The schedule: a month's planned assessments by team and region, and each inspector's capacity that month. */
@ApplicationScoped
public class ScheduleQueries {

    @Inject
    PlanRepository plans;

    @Inject
    StaffDirectory staff;

    @Inject
    PlanningPolicy policy;

    @Inject
    Clock clock;

    @Transactional
    public List<PlanRow> list(YearMonth month, String team, String region, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        return plans.between(month.atDay(1), month.atEndOfMonth(), team, region, page.offset(), page.size()).stream()
                .map(p -> PlanRow.of(p, today)).toList();
    }

    @Transactional
    public long count(YearMonth month, String team, String region) {
        return plans.countBetween(month.atDay(1), month.atEndOfMonth(), team, region);
    }

    @Transactional
    public Page<PlanRow> page(YearMonth month, String team, String region, PageRequest page) {
        return new Page<>(list(month, team, region, page), count(month, team, region), page);
    }

    @Transactional
    public java.util.Optional<PlanRow> plan(long id) {
        return plans.find(id).map(p -> PlanRow.of(p, LocalDate.now(clock)));
    }

    /** Every active member of staff with their planned assessments and capacity in the month. */
    @Transactional
    public List<CapacityRow> capacity(YearMonth month) {
        Map<Long, Long> planned = plans.perInspector(month.atDay(1), month.atEndOfMonth());
        Map<Long, Integer> set = plans.capacities();
        return staff.active().stream().map(s -> {
            int per = set.getOrDefault(s.id(), policy.defaultCapacity());
            long n = planned.getOrDefault(s.id(), 0L);
            return new CapacityRow(s.id(), s.name(), per, n, n >= per);
        }).toList();
    }
}
