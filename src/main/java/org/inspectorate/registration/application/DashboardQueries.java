package org.inspectorate.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inspectorate.notice.application.NoticeQueries;
import org.inspectorate.notice.application.NoticeService;
import org.inspectorate.registration.domain.ApplicationStatus;
import org.inspectorate.registration.domain.ApplicationType;
import org.inspectorate.shared.domain.PageRequest;

/**
 * Dashboard and metrics figures, each an aggregate query on indexed columns. The decision target is
 * configurable ({@code inspectorate.registration.target-weeks}, env {@code INSPECTORATE_REGISTRATION_TARGET_WEEKS},
 * default 10 weeks from validation, DOMAIN.md 4.2).
 */
@ApplicationScoped
public class DashboardQueries {

    /** Statuses in which an application waits for the regulator or the provider (not drafts, not closed). */
    public static final List<ApplicationStatus> OPEN = Arrays.stream(ApplicationStatus.values())
            .filter(s -> !s.closed() && s != ApplicationStatus.DRAFT).toList();

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Inject
    NoticeQueries notices;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "inspectorate.registration.target-weeks", defaultValue = "10")
    int targetWeeks;

    public int targetWeeks() {
        return targetWeeks;
    }

    @Transactional
    public RegistrationDashboard dashboard() {
        Instant now = clock.instant();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<String> open = OPEN.stream().map(Enum::name).toList();
        return new RegistrationDashboard(now, targetWeeks, count(open), byType(open), byStageAndAge(open, at),
                oldest(open, now), decisionTimes(at), overTarget(open, at), overdueRequests(),
                notices.overdue(new PageRequest(1, 1)).total());
    }

    private long count(List<String> open) {
        return ((Number) em.createNativeQuery("select count(*) from registration_application where status in (:s)")
                .setParameter("s", open).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<RegistrationDashboard.TypeRow> byType(List<String> open) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select type, status, count(*) from"
                + " registration_application where status in (:s) group by type, status").setParameter("s", open)
                .getResultList()) {
            counts.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>()).put((String) r[1], ((Number) r[2]).longValue());
        }
        List<RegistrationDashboard.TypeRow> rows = new ArrayList<>();
        for (ApplicationType t : ApplicationType.values()) {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            Map<String, Long> found = counts.getOrDefault(t.name(), Map.of());
            OPEN.forEach(s -> byStatus.put(s.name(), found.getOrDefault(s.name(), 0L)));
            rows.add(new RegistrationDashboard.TypeRow(t.name(), t.label(), byStatus,
                    byStatus.values().stream().mapToLong(Long::longValue).sum()));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Long>> byStageAndAge(List<String> open, OffsetDateTime at) {
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        OPEN.forEach(s -> {
            Map<String, Long> bands = new LinkedHashMap<>();
            RegistrationDashboard.BANDS.forEach(b -> bands.put(b, 0L));
            result.put(s.name(), bands);
        });
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select status, case"
                + " when stage_entered_at > cast(:at as timestamptz) - interval '14 days' then 0"
                + " when stage_entered_at > cast(:at as timestamptz) - interval '42 days' then 1"
                + " when stage_entered_at > cast(:at as timestamptz) - interval '70 days' then 2 else 3 end, count(*)"
                + " from registration_application where status in (:s) group by 1, 2").setParameter("s", open)
                .setParameter("at", at).getResultList()) {
            result.get((String) r[0]).put(RegistrationDashboard.BANDS.get(((Number) r[1]).intValue()),
                    ((Number) r[2]).longValue());
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<RegistrationDashboard.Oldest> oldest(List<String> open, Instant now) {
        List<RegistrationDashboard.Oldest> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select distinct on (status) status, id, reference,"
                + " stage_entered_at from registration_application where status in (:s)"
                + " order by status, stage_entered_at, id").setParameter("s", open).getResultList()) {
            ApplicationStatus s = ApplicationStatus.valueOf((String) r[0]);
            Instant since = instant(r[3]);
            rows.add(new RegistrationDashboard.Oldest(s.name(), s.label(), ((Number) r[1]).longValue(),
                    (String) r[2], since, Duration.between(since, now).toDays()));
        }
        rows.sort(java.util.Comparator.comparing(o -> OPEN.indexOf(ApplicationStatus.valueOf(o.status()))));
        return rows;
    }

    private RegistrationDashboard.DecisionTimes decisionTimes(OffsetDateTime at) {
        Object[] r = (Object[]) em.createNativeQuery("select count(*),"
                + " coalesce(percentile_cont(0.5) within group (order by extract(epoch from decided_at - validated_at)), 0),"
                + " coalesce(avg(extract(epoch from decided_at - validated_at)), 0),"
                + " count(*) filter (where decided_at - validated_at <= make_interval(days => :days)),"
                + " coalesce(max(extract(epoch from decided_at - validated_at)), 0)"
                + " from registration_application where decided_at is not null and validated_at is not null"
                + " and decided_at > cast(:at as timestamptz) - interval '365 days'")
                .setParameter("days", targetWeeks * 7).setParameter("at", at).getSingleResult();
        return new RegistrationDashboard.DecisionTimes(((Number) r[0]).longValue(), days(r[1]), days(r[2]),
                ((Number) r[3]).longValue(), days(r[4]));
    }

    /** Open applications validated longer ago than the target and still without a decision. */
    private long overTarget(List<String> open, OffsetDateTime at) {
        return ((Number) em.createNativeQuery("select count(*) from registration_application where status in (:s)"
                + " and validated_at is not null and decided_at is null"
                + " and validated_at < cast(:at as timestamptz) - make_interval(days => :days)").setParameter("s", open)
                .setParameter("at", at).setParameter("days", targetWeeks * 7).getSingleResult()).longValue();
    }

    private long overdueRequests() {
        LocalDate today = LocalDate.now(clock.withZone(NoticeService.UK));
        return ((Number) em.createNativeQuery("select count(*) from registration_information_request"
                + " where answer is null and due_on < :today").setParameter("today", today).getSingleResult())
                .longValue();
    }

    private static double days(Object seconds) {
        return Math.round(((Number) seconds).doubleValue() / 86400.0 * 10) / 10.0;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
