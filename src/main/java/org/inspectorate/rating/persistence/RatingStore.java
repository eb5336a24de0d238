package org.inspectorate.rating.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Published and proposed ratings. Publishing supersedes the locations' current ratings and inserts the new ones, each
 * step one JDBC batch, inside the caller's transaction. Proposals wait, one per approved assessment, for their report.
 */
@ApplicationScoped
public class RatingStore {

    private static final String COLUMNS = "id, location_id, provider_id, assessment_id, methodology_code, overall, safe,"
            + " effective, caring, responsive, well_led, oldest_evidence, latest_evidence, explanation::text, cause,"
            + " published_at, report_published_at, is_current, report_id";

    private static final String PROPOSAL_COLUMNS = "assessment_id, location_id, provider_id, methodology_code, overall,"
            + " safe, effective, caring, responsive, well_led, state, proposed_at, decided_at, report_id";

    @Resource(lookup = "jdbc/appDS")
    DataSource dataSource;

    /** A current rating to recompute: its id, location, provider, assessment and report date. */
    public record Key(long id, String locationId, String providerId, long assessmentId, Instant reportPublishedAt,
            Long reportId) {
    }

    public Optional<RatingRow> current(String locationId) {
        List<RatingRow> rows = query("select " + COLUMNS + " from published_rating where location_id = ? and is_current",
                locationId);
        return rows.stream().findFirst();
    }

    public List<RatingRow> history(String locationId) {
        return query("select " + COLUMNS + " from published_rating where location_id = ? order by published_at desc,"
                + " id desc limit 50", locationId);
    }

    public Optional<String> currentOverall(String locationId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select overall from published_rating where location_id = ?"
                        + " and is_current")) {
            ps.setString(1, locationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The current overall rating of each of these locations that has one, in one query. */
    public java.util.Map<String, String> currentOverall(java.util.Collection<String> locationIds) {
        java.util.Map<String, String> overall = new java.util.HashMap<>();
        if (locationIds.isEmpty()) {
            return overall;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select location_id, overall from published_rating"
                        + " where location_id = any (?) and is_current and overall is not null")) {
            ps.setArray(1, c.createArrayOf("varchar", locationIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    overall.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return overall;
    }

    public void publish(List<NewRating> ratings, Instant at) {
        if (ratings.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("update published_rating set is_current = false,"
                    + " superseded_at = ? where is_current and location_id = any(?)")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setArray(2, c.createArrayOf("varchar", ratings.stream().map(NewRating::locationId).toArray()));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into published_rating (location_id, provider_id,"
                    + " assessment_id, methodology_code, overall, safe, effective, caring, responsive, well_led,"
                    + " oldest_evidence, latest_evidence, explanation, cause, recompute_job_id, published_at,"
                    + " report_published_at, report_id, is_current) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb,"
                    + " ?, ?, ?, ?, ?, true)")) {
                for (NewRating r : ratings) {
                    ps.setString(1, r.locationId());
                    ps.setString(2, r.providerId());
                    ps.setLong(3, r.assessmentId());
                    ps.setString(4, r.methodologyCode());
                    for (int i = 0; i < 6; i++) {
                        ps.setString(5 + i, r.ratings()[i]);
                    }
                    ps.setObject(11, r.oldestEvidence() == null ? null : Date.valueOf(r.oldestEvidence()), Types.DATE);
                    ps.setObject(12, r.latestEvidence() == null ? null : Date.valueOf(r.latestEvidence()), Types.DATE);
                    ps.setString(13, r.explanation());
                    ps.setString(14, r.cause());
                    ps.setObject(15, r.jobId(), Types.BIGINT);
                    ps.setTimestamp(16, Timestamp.from(at));
                    ps.setTimestamp(17, r.reportPublishedAt() == null ? null : Timestamp.from(r.reportPublishedAt()));
                    ps.setObject(18, r.reportId(), Types.BIGINT);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Current ratings with ids in (afterId, maxId], in id order: one chunk of a keyset scan. */
    public List<Key> currentChunk(long afterId, long maxId, int limit) {
        List<Key> keys = new ArrayList<>(limit);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select id, location_id, provider_id, assessment_id,"
                        + " report_published_at, report_id from published_rating where is_current and id > ? and id <= ?"
                        + " order by id limit ?")) {
            ps.setLong(1, afterId);
            ps.setLong(2, maxId);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp t = rs.getTimestamp(5);
                    keys.add(new Key(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            t == null ? null : t.toInstant(), (Long) rs.getObject(6)));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** [count, max id] of the current ratings. */
    public long[] currentExtent() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*), coalesce(max(id), 0) from published_rating"
                        + " where is_current");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The most recent rating of the location that was not worked out from this assessment, if any. */
    public Optional<RatingRow> previous(String locationId, long assessmentId) {
        List<RatingRow> rows = query("select " + COLUMNS + " from published_rating where location_id = ? and"
                + " assessment_id <> " + assessmentId + " order by published_at desc, id desc limit 1", locationId);
        return rows.stream().findFirst();
    }

    /** Ends the location's current rating without a successor: it then has none. */
    public int supersede(String locationId, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update published_rating set is_current = false,"
                        + " superseded_at = ? where is_current and location_id = ?")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, locationId);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Stores the ratings proposed at an assessment's approval (again, if it was approved before). */
    public void propose(NewRating r, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into rating_proposal (assessment_id, location_id,"
                        + " provider_id, methodology_code, overall, safe, effective, caring, responsive, well_led,"
                        + " oldest_evidence, latest_evidence, state, proposed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, 'PROPOSED', ?) on conflict (assessment_id) do update set methodology_code ="
                        + " excluded.methodology_code, overall = excluded.overall, safe = excluded.safe, effective ="
                        + " excluded.effective, caring = excluded.caring, responsive = excluded.responsive, well_led ="
                        + " excluded.well_led, oldest_evidence = excluded.oldest_evidence, latest_evidence ="
                        + " excluded.latest_evidence, state = 'PROPOSED', proposed_at = excluded.proposed_at,"
                        + " decided_at = null, report_id = null")) {
            ps.setLong(1, r.assessmentId());
            ps.setString(2, r.locationId());
            ps.setString(3, r.providerId());
            ps.setString(4, r.methodologyCode());
            for (int i = 0; i < 6; i++) {
                ps.setString(5 + i, r.ratings()[i]);
            }
            ps.setObject(11, r.oldestEvidence() == null ? null : Date.valueOf(r.oldestEvidence()), Types.DATE);
            ps.setObject(12, r.latestEvidence() == null ? null : Date.valueOf(r.latestEvidence()), Types.DATE);
            ps.setTimestamp(13, Timestamp.from(at));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public Optional<ProposalRow> proposal(long assessmentId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select " + PROPOSAL_COLUMNS + " from rating_proposal"
                        + " where assessment_id = ?")) {
            ps.setLong(1, assessmentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String[] ratings = new String[6];
                for (int i = 0; i < 6; i++) {
                    ratings[i] = rs.getString(5 + i);
                }
                Timestamp decided = rs.getTimestamp(13);
                return Optional.of(new ProposalRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        ratings, rs.getString(11), rs.getTimestamp(12).toInstant(),
                        decided == null ? null : decided.toInstant(), (Long) rs.getObject(14)));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Moves a proposal to a new state, naming the report that moved it; 0 when it was not in {@code from}. */
    public int decide(long assessmentId, List<String> from, String to, Long reportId, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update rating_proposal set state = ?, decided_at = ?,"
                        + " report_id = ? where assessment_id = ? and state = any (?)")) {
            ps.setString(1, to);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setObject(3, reportId, Types.BIGINT);
            ps.setLong(4, assessmentId);
            ps.setArray(5, c.createArrayOf("varchar", from.toArray()));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** [count, oldest proposed_at in epoch seconds or 0] of the proposals still waiting for their report. */
    public long[] waiting() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*), coalesce(extract(epoch from"
                        + " min(proposed_at)), 0) from rating_proposal where state = 'PROPOSED'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public int recordReportPublished(long assessmentId, long reportId, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update published_rating set report_published_at = ?,"
                        + " report_id = ? where assessment_id = ? and report_published_at is null")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setLong(2, reportId);
            ps.setLong(3, assessmentId);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private List<RatingRow> query(String sql, String locationId) {
        List<RatingRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, locationId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String[] ratings = new String[6];
                    for (int i = 0; i < 6; i++) {
                        ratings[i] = rs.getString(6 + i);
                    }
                    Date oldest = rs.getDate(12);
                    Date latest = rs.getDate(13);
                    Timestamp report = rs.getTimestamp(17);
                    rows.add(new RatingRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5), ratings, oldest == null ? null : oldest.toLocalDate(),
                            latest == null ? null : latest.toLocalDate(), rs.getString(14), rs.getString(15),
                            rs.getTimestamp(16).toInstant(), report == null ? null : report.toInstant(),
                            rs.getBoolean(18), (Long) rs.getObject(19)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("Published ratings: " + e.getMessage(), e);
    }
}
