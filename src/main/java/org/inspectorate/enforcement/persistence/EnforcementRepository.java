package org.inspectorate.enforcement.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.inspectorate.enforcement.domain.ActionState;
import org.inspectorate.enforcement.domain.CaseDecision;
import org.inspectorate.enforcement.domain.CaseEvidence;
import org.inspectorate.enforcement.domain.CaseOrigin;
import org.inspectorate.enforcement.domain.EnforcementAction;
import org.inspectorate.enforcement.domain.EnforcementCase;
import org.inspectorate.enforcement.domain.Stage;

/**
 * Cases and their history. Board queries read open cases only, through the partial index on stage and time
 * entered (db-migrations/V60); clock queries read the index of actions with a next step due.
 */
@ApplicationScoped
public class EnforcementRepository {

    private static final String OPEN = "c.stage <> org.inspectorate.enforcement.domain.Stage.CLOSED";

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public String nextReference() {
        Number n = (Number) em.createNativeQuery("select nextval('enforcement_case_reference_seq')").getSingleResult();
        return String.format("ENF-%06d", n.longValue());
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public Optional<EnforcementCase> find(long id) {
        return Optional.ofNullable(em.find(EnforcementCase.class, id));
    }

    public Optional<EnforcementCase> findByReference(String reference) {
        return em.createQuery("select c from EnforcementCase c where c.reference = :r", EnforcementCase.class)
                .setParameter("r", reference).getResultStream().findFirst();
    }

    public Optional<EnforcementCase> findByOrigin(CaseOrigin origin, String reference) {
        return em.createQuery("select c from EnforcementCase c where c.origin = :o and c.originReference = :r",
                EnforcementCase.class).setParameter("o", origin).setParameter("r", reference).getResultStream()
                .findFirst();
    }

    public List<CaseDecision> decisions(long caseId) {
        return em.createQuery("select d from CaseDecision d where d.caseId = :c order by d.decidedAt, d.id",
                CaseDecision.class).setParameter("c", caseId).getResultList();
    }

    public List<CaseEvidence> evidence(long caseId) {
        return em.createQuery("select e from CaseEvidence e where e.caseId = :c order by e.addedAt, e.id",
                CaseEvidence.class).setParameter("c", caseId).getResultList();
    }

    public List<EnforcementAction> actions(long caseId) {
        return em.createQuery("select a from EnforcementAction a where a.caseId = :c order by a.id",
                EnforcementAction.class).setParameter("c", caseId).getResultList();
    }

    public Optional<EnforcementAction> action(long id) {
        return Optional.ofNullable(em.find(EnforcementAction.class, id));
    }

    /** The action, locked until the transaction ends (a scheduled job applying it on its date). */
    public Optional<EnforcementAction> actionForUpdate(long id) {
        return Optional.ofNullable(em.find(EnforcementAction.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Open cases, optionally at one stage, oldest at their stage first. */
    public List<EnforcementCase> board(Stage stage, int offset, int limit) {
        TypedQuery<EnforcementCase> q = em.createQuery("select c from EnforcementCase c where " + OPEN
                + (stage == null ? "" : " and c.stage = :s") + " order by c.stageEnteredAt, c.id", EnforcementCase.class);
        if (stage != null) {
            q.setParameter("s", stage);
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countBoard(Stage stage) {
        TypedQuery<Long> q = em.createQuery("select count(c) from EnforcementCase c where " + OPEN
                + (stage == null ? "" : " and c.stage = :s"), Long.class);
        if (stage != null) {
            q.setParameter("s", stage);
        }
        return q.getSingleResult();
    }

    /** Open cases by stage and age band at that stage (0: under 7 days, 1: 7-27, 2: 28-89, 3: 90 or more). */
    public record BoardCell(String stage, int band, long count, Instant oldest) {
    }

    public List<BoardCell> boardCells(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select stage,
                       case when stage_entered_at > cast(?1 as timestamptz) - interval '7 days' then 0
                            when stage_entered_at > cast(?1 as timestamptz) - interval '28 days' then 1
                            when stage_entered_at > cast(?1 as timestamptz) - interval '90 days' then 2
                            else 3 end as band,
                       count(*), min(stage_entered_at)
                from enforcement_case where stage <> 'CLOSED' group by 1, 2
                """).setParameter(1, Timestamp.from(now)).getResultList();
        return rows.stream().map(r -> new BoardCell((String) r[0], ((Number) r[1]).intValue(),
                ((Number) r[2]).longValue(), toInstant(r[3]))).toList();
    }

    /** Actions whose next step was due before {@code today}, by kind. */
    public List<Object[]> overdueByKind(LocalDate today) {
        return em.createQuery("select a.kind, count(a) from EnforcementAction a where a.nextDue < :t group by a.kind",
                Object[].class).setParameter("t", today).getResultList();
    }

    public List<EnforcementAction> overdue(LocalDate today, int limit) {
        return em.createQuery("select a from EnforcementAction a where a.nextDue < :t order by a.nextDue, a.id",
                EnforcementAction.class).setParameter("t", today).setMaxResults(limit).getResultList();
    }

    public List<EnforcementCase> cases(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from EnforcementCase c where c.id in :ids", EnforcementCase.class)
                .setParameter("ids", ids).getResultList();
    }

    /** A location's cases, newest first. */
    public List<EnforcementCase> atLocation(String locationId, int limit) {
        return em.createQuery("select c from EnforcementCase c where c.locationId = :l order by c.openedAt desc, c.id desc",
                EnforcementCase.class).setParameter("l", locationId).setMaxResults(limit).getResultList();
    }

    /** Actions served on a provider (about it or any of its locations), newest first, for its portal. */
    public List<Object[]> servedOnProvider(String providerId, int offset, int limit) {
        return em.createQuery("select a, c from EnforcementAction a, EnforcementCase c where a.caseId = c.id"
                + " and c.providerId = :p order by a.servedOn desc, a.id desc", Object[].class)
                .setParameter("p", providerId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countServedOnProvider(String providerId) {
        return em.createQuery("select count(a) from EnforcementAction a, EnforcementCase c where a.caseId = c.id"
                + " and c.providerId = :p", Long.class).setParameter("p", providerId).getSingleResult();
    }

    /** Open cases and actions in force or running at these locations, for the risk view and rating limiters. */
    public record LocationEnforcement(String locationId, long openCases, boolean specialMeasures,
            LocalDate specialMeasuresSince, boolean activeBreach) {
    }

    public List<LocationEnforcement> atLocations(Collection<String> locationIds) {
        if (locationIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.location_id,
                       count(distinct c.id) filter (where c.stage <> 'CLOSED'),
                       max(a.in_force_on) filter (where a.kind = 'SPECIAL_MEASURES' and a.state = 'IN_FORCE'),
                       bool_or(a.state is not null and a.state not in ('WITHDRAWN', 'COMPLETED'))
                from enforcement_case c left join enforcement_action a on a.case_id = c.id
                where c.location_id = any(cast(?1 as varchar[]))
                group by c.location_id
                """).setParameter(1, locationIds.toArray(new String[0])).getResultList();
        return rows.stream().map(r -> {
            LocalDate since = r[2] == null ? null : r[2] instanceof LocalDate l ? l : ((java.sql.Date) r[2]).toLocalDate();
            return new LocationEnforcement((String) r[0], ((Number) r[1]).longValue(), since != null, since,
                    Boolean.TRUE.equals(r[3]));
        }).toList();
    }

    /**
     * Breaches active at a location: an open case with a confirmed breach and an action that has taken effect
     * (in force), or a warning or requirement notice that is served and not yet completed or withdrawn.
     */
    public List<Object[]> activeBreaches(String locationId) {
        return activeBreaches(List.of(locationId)).stream().map(r -> new Object[] {r[1], r[2], r[3], r[4], r[5]})
                .toList();
    }

    /** As {@link #activeBreaches(String)} for many locations: location id, reference, breach, kind, since, summary. */
    public List<Object[]> activeBreaches(Collection<String> locationIds) {
        if (locationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c.locationId, c.reference, c.breach, a.kind, coalesce(a.inForceOn, a.servedOn),"
                + " c.summary from EnforcementAction a, EnforcementCase c where a.caseId = c.id and c.locationId in :l"
                + " and c.stage <> org.inspectorate.enforcement.domain.Stage.CLOSED and c.breach is not null"
                + " and (a.state = org.inspectorate.enforcement.domain.ActionState.IN_FORCE"
                + " or (a.kind in :notices and a.state in :served)) order by a.id", Object[].class)
                .setParameter("l", locationIds)
                .setParameter("notices", List.of(org.inspectorate.enforcement.domain.ActionKind.WARNING_NOTICE,
                        org.inspectorate.enforcement.domain.ActionKind.REQUIREMENT_NOTICE))
                .setParameter("served", List.of(ActionState.SERVED, ActionState.REPRESENTATIONS_RECEIVED))
                .getResultList();
    }

    public long countOpenActions() {
        return em.createQuery("select count(a) from EnforcementAction a where a.state not in :done", Long.class)
                .setParameter("done", List.of(ActionState.WITHDRAWN, ActionState.COMPLETED)).getSingleResult();
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return null;
    }
}
