package org.inspectorate.workload.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.inspectorate.shared.time.SqlDays;
import org.inspectorate.shared.work.WorkKind;

/**
 * Open work held by people who are away (today, or from a day within the notice period), or whose account is
 * suspended or ended, from the {@code open_work} view. The people come first (staff are few), and the join on
 * each person reaches every kind of work through its owner index; paged in the database.
 */
@ApplicationScoped
public class WaitingWorkRepository {

    /** One waiting item: the work, its holder and why they cannot do it. */
    public record Row(WorkKind kind, long id, String reference, String locationName, LocalDate dueOn, int version,
            long ownerId, String ownerName, boolean ownerActive, boolean ownerEnded, LocalDate awayFrom,
            LocalDate awayTo) {
    }

    private static final String FROM = """
             from (select u.id as staff_id, u.display_name, u.active, u.removed_at is not null as ended,
                          a.starts_on, a.ends_on
                     from user_account u
                     left join lateral (select s.starts_on, s.ends_on from staff_absence s
                                         where s.staff_id = u.id and s.cancelled_at is null and s.ends_on >= ?1
                                           and s.starts_on <= ?2 order by s.starts_on limit 1) a on true
                    where u.kind = 'STAFF' and (a.starts_on is not null or not u.active or u.removed_at is not null)
                      and (?3 = '' or u.team = ?3) and (?4 = 0 or u.id = ?4)) away
             join open_work w on w.owner_id = away.staff_id
            """;

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    /**
     * @param horizon the last day an absence may start on and still be listed
     * @param team    a team's people only, or "" for everyone
     * @param ownerId one person's work only, or 0 for everyone's
     */
    @SuppressWarnings("unchecked")
    public List<Row> page(LocalDate today, LocalDate horizon, String team, long ownerId, int offset, int limit) {
        List<Object[]> rows = em.createNativeQuery("select w.kind, w.work_id, w.reference, w.location_name, w.due_on,"
                + " w.version, away.staff_id, away.display_name, away.active, away.ended, away.starts_on, away.ends_on"
                + FROM + " order by coalesce(away.starts_on, ?1), away.display_name, away.staff_id,"
                + " w.due_on nulls last, w.kind, w.work_id offset ?5 limit ?6")
                .setParameter(1, today).setParameter(2, horizon).setParameter(3, team).setParameter(4, ownerId)
                .setParameter(5, offset).setParameter(6, limit).getResultList();
        return rows.stream().map(r -> new Row(WorkKind.valueOf((String) r[0]), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], SqlDays.day(r[4]), ((Number) r[5]).intValue(),
                ((Number) r[6]).longValue(), (String) r[7], (Boolean) r[8], (Boolean) r[9], SqlDays.day(r[10]),
                SqlDays.day(r[11]))).toList();
    }

    public long count(LocalDate today, LocalDate horizon, String team, long ownerId) {
        return ((Number) em.createNativeQuery("select count(*)" + FROM).setParameter(1, today)
                .setParameter(2, horizon).setParameter(3, team).setParameter(4, ownerId).getSingleResult())
                .longValue();
    }
}
