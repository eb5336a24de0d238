package org.inspectorate.planning.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspectorate.planning.domain.PlanState;
import org.inspectorate.planning.domain.PlannedAssessment;

/** Planned assessments and capacity. */
@ApplicationScoped
public class PlanRepository {

    private static final String NOT_CANCELLED = "p.state <> org.inspectorate.planning.domain.PlanState.CANCELLED";

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public void add(PlannedAssessment p) {
        em.persist(p);
    }

    public void flush() {
        em.flush();
    }

    public Optional<PlannedAssessment> find(long id) {
        return Optional.ofNullable(em.find(PlannedAssessment.class, id));
    }

    /** The plans made or brought forward because that triage item was escalated, newest first. */
    public List<PlannedAssessment> byTriageReference(String reference) {
        return em.createQuery("select p from PlannedAssessment p where p.triageReference = :r order by p.plannedAt desc",
                PlannedAssessment.class).setParameter("r", reference).setMaxResults(10).getResultList();
    }

    public Optional<PlannedAssessment> openAt(String locationId) {
        return em.createQuery("select p from PlannedAssessment p where p.locationId = :l and p.state = :s",
                PlannedAssessment.class).setParameter("l", locationId).setParameter("s", PlanState.PLANNED)
                .getResultStream().findFirst();
    }

    /** Plans (not cancelled) dated between the two days, optionally for one team and region, by date. */
    public List<PlannedAssessment> between(LocalDate from, LocalDate to, String team, String region, int offset,
            int limit) {
        TypedQuery<PlannedAssessment> q = em.createQuery("select p from PlannedAssessment p where " + NOT_CANCELLED
                + " and p.plannedOn between :f and :t" + filter(team, region) + " order by p.plannedOn, p.id",
                PlannedAssessment.class).setParameter("f", from).setParameter("t", to);
        params(q, team, region);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countBetween(LocalDate from, LocalDate to, String team, String region) {
        TypedQuery<Long> q = em.createQuery("select count(p) from PlannedAssessment p where " + NOT_CANCELLED
                + " and p.plannedOn between :f and :t" + filter(team, region), Long.class)
                .setParameter("f", from).setParameter("t", to);
        params(q, team, region);
        return q.getSingleResult();
    }

    /** Plans per inspector between the two days (not cancelled). */
    public Map<Long, Long> perInspector(LocalDate from, LocalDate to) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select p.inspectorId, count(p) from PlannedAssessment p where " + NOT_CANCELLED
                + " and p.plannedOn between :f and :t group by p.inspectorId", Object[].class)
                .setParameter("f", from).setParameter("t", to).getResultList()
                .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /** The latest start date of an assessment at each of these locations. */
    public Map<String, LocalDate> lastStarted(Collection<String> locationIds) {
        Map<String, LocalDate> found = new HashMap<>();
        if (locationIds.isEmpty()) {
            return found;
        }
        em.createQuery("select p.locationId, max(p.startedOn) from PlannedAssessment p where p.locationId in :ids"
                + " and p.state = org.inspectorate.planning.domain.PlanState.STARTED group by p.locationId", Object[].class)
                .setParameter("ids", locationIds).getResultList()
                .forEach(r -> found.put((String) r[0], (LocalDate) r[1]));
        return found;
    }

    /** Open plans at these locations. */
    public Map<String, PlannedAssessment> openAt(Collection<String> locationIds) {
        Map<String, PlannedAssessment> found = new HashMap<>();
        if (locationIds.isEmpty()) {
            return found;
        }
        em.createQuery("select p from PlannedAssessment p where p.locationId in :ids and p.state = :s",
                PlannedAssessment.class).setParameter("ids", locationIds).setParameter("s", PlanState.PLANNED)
                .getResultList().forEach(p -> found.put(p.locationId(), p));
        return found;
    }

    public Map<Long, Integer> capacities() {
        Map<Long, Integer> found = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select staff_id, per_month from inspector_capacity").getResultList();
        rows.forEach(r -> found.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return found;
    }

    public Optional<Integer> capacity(long staffId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select per_month from inspector_capacity where staff_id = ?1")
                .setParameter(1, staffId).getResultList();
        return rows.stream().findFirst().map(o -> ((Number) o).intValue());
    }

    public void setCapacity(long staffId, int perMonth, Instant at) {
        em.createNativeQuery("insert into inspector_capacity (staff_id, per_month, changed_at) values (?1, ?2, ?3)"
                + " on conflict (staff_id) do update set per_month = excluded.per_month, changed_at = excluded.changed_at")
                .setParameter(1, staffId).setParameter(2, perMonth).setParameter(3, java.sql.Timestamp.from(at))
                .executeUpdate();
    }

    private static String filter(String team, String region) {
        return (team == null ? "" : " and p.team = :team") + (region == null ? "" : " and p.region = :region");
    }

    private static void params(TypedQuery<?> q, String team, String region) {
        if (team != null) {
            q.setParameter("team", team);
        }
        if (region != null) {
            q.setParameter("region", region);
        }
    }
}
