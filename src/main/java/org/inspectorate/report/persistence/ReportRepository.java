package org.inspectorate.report.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspectorate.report.domain.BoardFilter;
import org.inspectorate.report.domain.FacComment;
import org.inspectorate.report.domain.Report;
import org.inspectorate.report.domain.ReportMove;
import org.inspectorate.report.domain.ReportPublication;
import org.inspectorate.report.domain.ReportSection;
import org.inspectorate.report.domain.ReportState;
import org.inspectorate.report.domain.SectionKey;
import org.inspectorate.report.domain.SectionVersion;

/**
 * Reports in PostgreSQL. Board and stuck-work queries carry the literal "state is open" so that the planner
 * uses the partial indexes of open reports (db-migrations/V40).
 */
@ApplicationScoped
public class ReportRepository {

    private static final String OPEN = "r.state not in (org.inspectorate.report.domain.ReportState.PUBLISHED,"
            + " org.inspectorate.report.domain.ReportState.WITHDRAWN)";

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Report> find(long id) {
        return Optional.ofNullable(em.find(Report.class, id));
    }

    public List<Report> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Report r where r.id in :ids", Report.class).setParameter("ids", ids)
                .getResultList();
    }

    public List<ReportSection> sections(long reportId) {
        return em.createQuery("select s from ReportSection s where s.reportId = :r", ReportSection.class)
                .setParameter("r", reportId).getResultList();
    }

    /** The section, locked until the end of the transaction, so that two saves cannot both pass the check. */
    public Optional<ReportSection> sectionForUpdate(long reportId, SectionKey key) {
        return em.createQuery("select s from ReportSection s where s.reportId = :r and s.key = :k", ReportSection.class)
                .setParameter("r", reportId).setParameter("k", key).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public List<SectionVersion> versions(long reportId, SectionKey key) {
        return em.createQuery("select v from SectionVersion v where v.reportId = :r and v.key = :k"
                + " order by v.version desc", SectionVersion.class).setParameter("r", reportId).setParameter("k", key)
                .setMaxResults(500).getResultList();
    }

    public Optional<SectionVersion> version(long reportId, SectionKey key, int version) {
        return em.createQuery("select v from SectionVersion v where v.reportId = :r and v.key = :k and v.version = :v",
                SectionVersion.class).setParameter("r", reportId).setParameter("k", key).setParameter("v", version)
                .getResultStream().findFirst();
    }

    /** Notes activity without touching the report's version, so autosaves never collide with pipeline moves. */
    public void touch(long reportId, Instant now) {
        em.createQuery("update Report r set r.lastActivityAt = :now where r.id = :id").setParameter("now", now)
                .setParameter("id", reportId).executeUpdate();
    }

    public List<ReportMove> moves(long reportId) {
        return em.createQuery("select m from ReportMove m where m.reportId = :r order by m.movedAt, m.id",
                ReportMove.class).setParameter("r", reportId).getResultList();
    }

    public List<FacComment> comments(long reportId) {
        return em.createQuery("select c from FacComment c where c.reportId = :r order by c.createdAt, c.id",
                FacComment.class).setParameter("r", reportId).getResultList();
    }

    public Optional<FacComment> comment(long id) {
        return Optional.ofNullable(em.find(FacComment.class, id));
    }

    public long unansweredComments(long reportId) {
        return em.createQuery("select count(c) from FacComment c where c.reportId = :r and c.accepted is null",
                Long.class).setParameter("r", reportId).getSingleResult();
    }

    public List<ReportPublication> currentPublications(long reportId) {
        return em.createQuery("select p from ReportPublication p where p.reportId = :r and p.withdrawnAt is null",
                ReportPublication.class).setParameter("r", reportId).getResultList();
    }

    /** A location's published reports (not withdrawn), newest first, without their content. */
    public List<Object[]> publishedAt(String locationId) {
        return em.createQuery("select p.id, p.reportId, p.publishedAt, p.siteVisitEndedOn from ReportPublication p"
                + " where p.locationId = :l and p.withdrawnAt is null order by p.publishedAt desc", Object[].class)
                .setParameter("l", locationId).setMaxResults(50).getResultList();
    }

    public Optional<ReportPublication> publication(long id) {
        return Optional.ofNullable(em.find(ReportPublication.class, id));
    }

    public List<Report> atLocation(String locationId) {
        return em.createQuery("select r from Report r where r.locationId = :l order by r.createdAt desc, r.id desc",
                Report.class).setParameter("l", locationId).setMaxResults(100).getResultList();
    }

    /** Reports a provider may see: in their factual accuracy check or published, at these locations (null: all). */
    public List<Report> forProvider(String providerId, Collection<String> locations, int offset, int limit) {
        TypedQuery<Report> q = em.createQuery("select r from Report r where r.providerId = :p and r.state in :states"
                + (locations == null ? "" : " and r.locationId in :l") + " order by r.stateSince desc, r.id desc",
                Report.class).setParameter("p", providerId).setParameter("states", providerStates());
        if (locations != null) {
            q.setParameter("l", locations.isEmpty() ? List.of("-") : locations);
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countForProvider(String providerId, Collection<String> locations) {
        TypedQuery<Long> q = em.createQuery("select count(r) from Report r where r.providerId = :p and r.state in :states"
                + (locations == null ? "" : " and r.locationId in :l"), Long.class).setParameter("p", providerId)
                .setParameter("states", providerStates());
        if (locations != null) {
            q.setParameter("l", locations.isEmpty() ? List.of("-") : locations);
        }
        return q.getSingleResult();
    }

    private static List<ReportState> providerStates() {
        return List.of(ReportState.FACTUAL_ACCURACY, ReportState.FINAL, ReportState.PUBLISHED);
    }

    public List<Report> board(BoardFilter f, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Report> q = em.createQuery("select r from Report r" + where(f, params)
                + " order by r.stateSince, r.id", Report.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countBoard(BoardFilter f) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(r) from Report r" + where(f, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String where(BoardFilter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where ").append(OPEN);
        if (f.team() != null) {
            w.append(" and r.team = :team");
            params.put("team", f.team());
        }
        if (f.region() != null) {
            w.append(" and r.region = :region");
            params.put("region", f.region());
        }
        if (f.state() != null) {
            w.append(" and r.state = :state");
            params.put("state", f.state());
        }
        if (f.ownerId() != null) {
            w.append(" and r.ownerId = :owner");
            params.put("owner", f.ownerId());
        }
        return w.toString();
    }

    private static final String STUCK = """
            from report r left join user_account u on u.id = r.owner_id
            where r.state not in ('PUBLISHED', 'WITHDRAWN')
              and (r.last_activity_at < ?1 or r.site_visit_ended_on < ?2
                   or r.owner_id is null or u.id is null or not u.active or u.removed_at is not null)
            """;

    /**
     * Open reports that look stuck: no activity since {@code quietSince}, visit ended before {@code visitBefore}
     * (past the publication target), or an owner who is gone. Returns id and whether the owner is gone.
     */
    public List<Object[]> stuck(Instant quietSince, LocalDate visitBefore, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.id, (r.owner_id is null or u.id is null or not u.active"
                + " or u.removed_at is not null) " + STUCK + " order by r.last_activity_at, r.id offset ?3 limit ?4")
                .setParameter(1, java.sql.Timestamp.from(quietSince)).setParameter(2, visitBefore)
                .setParameter(3, offset).setParameter(4, limit).getResultList();
        return rows;
    }

    public long countStuck(Instant quietSince, LocalDate visitBefore) {
        return ((Number) em.createNativeQuery("select count(*) " + STUCK)
                .setParameter(1, java.sql.Timestamp.from(quietSince)).setParameter(2, visitBefore).getSingleResult())
                .longValue();
    }

    /** Per state: how many reports, and since when the oldest has been in it. */
    public List<Object[]> stateCounts() {
        return em.createQuery("select r.state, count(r), min(r.stateSince) from Report r group by r.state",
                Object[].class).getResultList();
    }

    /** Published reports (currently published) and how many of them within the target of their site visit. */
    public long[] publishedWithinTarget(int days) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where cast(published_at at time zone 'Europe/London' as date)
                                                  <= site_visit_ended_on + ?1)
                from report where state = 'PUBLISHED'
                """).setParameter(1, days).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }
}
