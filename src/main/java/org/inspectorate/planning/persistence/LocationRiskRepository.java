package org.inspectorate.planning.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inspectorate.shared.time.SqlDays;

/**
 * The maintained table of risk positions (db-migrations/V61). Pages are read highest score first through the
 * index matching the filter; writes are upserts, a chunk of locations per statement batch.
 */
@ApplicationScoped
public class LocationRiskRepository {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public record RiskRow(String locationId, String locationName, String providerId, String team, String region,
            int score, String reasons, String rating, LocalDate reinspectionDue, String reinspectionReason,
            Instant computedAt) {
    }

    /** Writes a whole chunk in one statement: each column travels as one array, unnested into rows. */
    public void upsertAll(List<RiskRow> rows, Instant computedAt) {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        String[][] cols = new String[10][n];
        for (int i = 0; i < n; i++) {
            RiskRow r = rows.get(i);
            cols[0][i] = r.locationId();
            cols[1][i] = r.locationName();
            cols[2][i] = r.providerId();
            cols[3][i] = r.team();
            cols[4][i] = r.region();
            cols[5][i] = String.valueOf(r.score());
            cols[6][i] = r.reasons();
            cols[7][i] = r.rating();
            cols[8][i] = r.reinspectionDue() == null ? null : r.reinspectionDue().toString();
            cols[9][i] = r.reinspectionReason();
        }
        Query q = em.createNativeQuery("""
                insert into location_risk (location_id, location_name, provider_id, team, region, score, reasons, rating,
                    reinspection_due, reinspection_reason, computed_at)
                select l, n, p, t, g, cast(s as integer), r, rt, cast(d as date), dr, ?11
                from unnest(cast(?1 as varchar[]), cast(?2 as varchar[]), cast(?3 as varchar[]), cast(?4 as varchar[]),
                            cast(?5 as varchar[]), cast(?6 as varchar[]), cast(?7 as varchar[]), cast(?8 as varchar[]),
                            cast(?9 as varchar[]), cast(?10 as varchar[])) as x(l, n, p, t, g, s, r, rt, d, dr)
                on conflict (location_id) do update set location_name = excluded.location_name,
                    provider_id = excluded.provider_id, team = excluded.team, region = excluded.region,
                    score = excluded.score, reasons = excluded.reasons, rating = excluded.rating,
                    reinspection_due = excluded.reinspection_due, reinspection_reason = excluded.reinspection_reason,
                    computed_at = excluded.computed_at
                """);
        for (int c = 0; c < 10; c++) {
            q.setParameter(c + 1, cols[c]);
        }
        q.setParameter(11, Timestamp.from(computedAt)).executeUpdate();
    }

    public void delete(String locationId) {
        em.createNativeQuery("delete from location_risk where location_id = ?1").setParameter(1, locationId)
                .executeUpdate();
    }

    /** Removes rows not refreshed since {@code before}: locations no longer registered. */
    public int deleteOlderThan(Instant before) {
        return em.createNativeQuery("delete from location_risk where computed_at < ?1")
                .setParameter(1, Timestamp.from(before)).executeUpdate();
    }

    public List<RiskRow> page(String team, String region, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        Query q = em.createNativeQuery("select * from location_risk" + where(team, region, params)
                + " order by score desc, location_id offset " + offset + " limit " + limit);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(LocationRiskRepository::row).toList();
    }

    public long count(String team, String region) {
        List<Object> params = new ArrayList<>();
        Query q = em.createNativeQuery("select count(*) from location_risk" + where(team, region, params));
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    public Optional<RiskRow> find(String locationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select * from location_risk where location_id = ?1")
                .setParameter(1, locationId).getResultList();
        return rows.stream().findFirst().map(LocationRiskRepository::row);
    }

    /** Locations with a re-inspection deadline, soonest first; only those due before {@code overdueBefore} if set. */
    public List<RiskRow> reinspections(LocalDate overdueBefore, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select * from location_risk where reinspection_due is not null"
                + " and reinspection_due < ?1 order by reinspection_due, location_id offset " + offset + " limit " + limit)
                .setParameter(1, overdueBefore == null ? Date.valueOf(LocalDate.of(9999, 1, 1)) : Date.valueOf(overdueBefore))
                .getResultList();
        return rows.stream().map(LocationRiskRepository::row).toList();
    }

    public long countReinspections(LocalDate overdueBefore) {
        return ((Number) em.createNativeQuery("select count(*) from location_risk where reinspection_due is not null"
                + " and reinspection_due < ?1")
                .setParameter(1, overdueBefore == null ? Date.valueOf(LocalDate.of(9999, 1, 1)) : Date.valueOf(overdueBefore))
                .getSingleResult()).longValue();
    }

    private static String where(String team, String region, List<Object> params) {
        StringBuilder w = new StringBuilder();
        if (team != null) {
            params.add(team);
            w.append(" where team = ?").append(params.size());
        }
        if (region != null) {
            params.add(region);
            w.append(w.length() == 0 ? " where" : " and").append(" region = ?").append(params.size());
        }
        return w.toString();
    }

    private static RiskRow row(Object[] r) {
        return new RiskRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                ((Number) r[5]).intValue(), (String) r[6], (String) r[7], SqlDays.day(r[8]), (String) r[9], toInstant(r[10]));
    }


    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        return o instanceof java.time.OffsetDateTime odt ? odt.toInstant() : null;
    }
}
