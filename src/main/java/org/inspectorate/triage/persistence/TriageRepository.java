package org.inspectorate.triage.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspectorate.triage.domain.QueueFilter;
import org.inspectorate.triage.domain.SourceKind;
import org.inspectorate.triage.domain.Theme;
import org.inspectorate.triage.domain.TriageDecision;
import org.inspectorate.triage.domain.TriageItem;

/**
 * Triage items in PostgreSQL. Queue queries always carry the literal "state is not closed", so that the
 * planner uses the partial indexes of open items (db-migrations/V22), each matching one filter combination
 * in the queue's order: one index range read per page, never a sort of the whole queue.
 */
@ApplicationScoped
public class TriageRepository {

    private static final String OPEN = "i.state <> org.inspectorate.triage.domain.TriageState.CLOSED";

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public void add(TriageItem item) {
        em.persist(item);
    }

    public void add(TriageDecision decision) {
        em.persist(decision);
    }

    public Optional<TriageItem> find(long id) {
        return Optional.ofNullable(em.find(TriageItem.class, id));
    }

    public Optional<TriageItem> findByReference(String reference) {
        return em.createQuery("select i from TriageItem i where i.reference = :r", TriageItem.class)
                .setParameter("r", reference).getResultStream().findFirst();
    }

    public Optional<TriageItem> findBySource(SourceKind kind, long sourceId) {
        return em.createQuery("select i from TriageItem i where i.sourceKind = :k and i.sourceId = :s",
                TriageItem.class).setParameter("k", kind).setParameter("s", sourceId).getResultStream().findFirst();
    }

    public List<TriageItem> findAll(Collection<Long> ids) {
        return em.createQuery("select i from TriageItem i where i.id in :ids order by i.id", TriageItem.class)
                .setParameter("ids", ids).getResultList();
    }

    public List<TriageItem> queue(QueueFilter filter, Instant now, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String order = filter.pastDueOnly() ? " order by i.dueAt, i.id"
                : filter.oldestFirst() ? " order by i.receivedAt, i.id" : " order by i.riskScore desc, i.dueAt, i.id";
        TypedQuery<TriageItem> q = em.createQuery("select i from TriageItem i" + where(filter, now, params) + order,
                TriageItem.class);
        params.forEach(q::setParameter);
        // Pages are only shown: loaded read-only, Hibernate keeps no snapshots of them to check at flush.
        return q.setHint("org.hibernate.readOnly", true).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(QueueFilter filter, Instant now) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(i) from TriageItem i" + where(filter, now, params),
                Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String where(QueueFilter f, Instant now, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where ").append(OPEN);
        if (f.team() != null) {
            w.append(" and i.team = :team");
            params.put("team", f.team());
        }
        if (QueueFilter.NO_REGION.equals(f.region())) {
            w.append(" and i.region is null");
        } else if (f.region() != null) {
            w.append(" and i.region = :region");
            params.put("region", f.region());
        }
        if (f.state() != null) {
            w.append(" and i.state = :state");
            params.put("state", f.state());
        }
        if (f.assigneeId() != null) {
            w.append(" and i.assigneeId = :assignee");
            params.put("assignee", f.assigneeId());
        }
        if (f.pastDueOnly()) {
            w.append(" and i.dueAt < :now");
            params.put("now", now);
        }
        return w.toString();
    }

    /** A location's items, newest first. */
    public List<TriageItem> atLocation(String locationId, int offset, int limit) {
        return em.createQuery("select i from TriageItem i where i.locationId = :l order by i.receivedAt desc, i.id desc",
                TriageItem.class).setParameter("l", locationId).setHint("org.hibernate.readOnly", true)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    public long countAtLocation(String locationId) {
        return em.createQuery("select count(i) from TriageItem i where i.locationId = :l", Long.class)
                .setParameter("l", locationId).getSingleResult();
    }

    public List<TriageDecision> decisions(long itemId) {
        return em.createQuery("select d from TriageDecision d where d.itemId = :i order by d.decidedAt, d.id",
                TriageDecision.class).setParameter("i", itemId).getResultList();
    }

    /** Earlier items at these locations since {@code repeatSince}, by location and theme, with how many are recent. */
    public record LocationHistory(String locationId, Theme theme, long sinceRepeat, long sinceRecent) {
    }

    /**
     * At most this many of a location's latest items are looked at for its history: enough for every risk rule
     * (the recent-items points are capped well below it), and it keeps scoring a busy location's next item as
     * cheap as a quiet one's. Counts above it are lower bounds.
     */
    public static final int HISTORY_LIMIT = 200;

    public List<LocationHistory> history(Collection<String> locationIds, Instant repeatSince, Instant recentSince) {
        if (locationIds.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                select x.location_id, x.theme, count(*), sum(case when x.received_at >= :recent then 1 else 0 end)
                from location l cross join lateral (
                    select i.location_id, i.theme, i.received_at from triage_item i
                    where i.location_id = l.id and i.received_at >= :repeat
                    order by i.received_at desc limit :limit) x
                where l.id in (:ids)
                group by x.location_id, x.theme""")
                .setParameter("ids", locationIds).setParameter("repeat", java.sql.Timestamp.from(repeatSince))
                .setParameter("recent", java.sql.Timestamp.from(recentSince)).setParameter("limit", HISTORY_LIMIT)
                .getResultList();
        return rows.stream().map(o -> (Object[]) o)
                .map(r -> new LocationHistory((String) r[0], Theme.valueOf((String) r[1]), ((Number) r[2]).longValue(),
                        r[3] == null ? 0 : ((Number) r[3]).longValue()))
                .toList();
    }

    /** Open items grouped by queue, state and age band: the backlog, in one pass over the open-item index. */
    public record BacklogCell(String team, String region, String state, int band, long count, Instant oldest,
            long pastDue) {
    }

    public List<BacklogCell> backlog(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select team, region, state,
                       case when received_at > cast(?1 as timestamptz) - interval '1 day' then 0
                            when received_at > cast(?1 as timestamptz) - interval '7 days' then 1
                            when received_at > cast(?1 as timestamptz) - interval '28 days' then 2
                            when received_at > cast(?1 as timestamptz) - interval '90 days' then 3
                            else 4 end as band,
                       count(*), min(received_at), count(*) filter (where due_at < cast(?1 as timestamptz))
                from triage_item where state <> 'CLOSED'
                group by 1, 2, 3, 4
                """).setParameter(1, java.sql.Timestamp.from(now)).getResultList();
        return rows.stream().map(r -> new BacklogCell((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), ((Number) r[4]).longValue(), toInstant(r[5]), ((Number) r[6]).longValue()))
                .toList();
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return null;
    }
}
