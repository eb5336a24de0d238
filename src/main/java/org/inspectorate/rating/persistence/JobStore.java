package org.inspectorate.rating.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** Recompute jobs and their progress. */
@ApplicationScoped
public class JobStore {

    @Resource(lookup = "jdbc/appDS")
    DataSource dataSource;

    public record Job(long id, String methodologyCode, String state, int total, int processed, long computeMillis,
            String startedBy, Instant startedAt, Instant finishedAt, String failure) {
    }

    public long create(String methodologyCode, int total, String startedBy, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into rating_recompute_job (methodology_code, state,"
                        + " total, started_by_name, started_at) values (?, 'RUNNING', ?, ?, ?) returning id")) {
            ps.setString(1, methodologyCode);
            ps.setInt(2, total);
            ps.setString(3, startedBy);
            ps.setTimestamp(4, Timestamp.from(at));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw RatingStore.failure(e);
        }
    }

    public void progress(long id, int processed, long computeMillis) {
        update("update rating_recompute_job set processed = processed + ?, compute_millis = compute_millis + ?"
                + " where id = ?", processed, computeMillis, id);
    }

    public void finish(long id, String state, String failure, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update rating_recompute_job set state = ?, failure = ?,"
                        + " finished_at = ? where id = ?")) {
            ps.setString(1, state);
            ps.setString(2, failure == null ? null : failure.substring(0, Math.min(failure.length(), 2000)));
            ps.setTimestamp(3, Timestamp.from(at));
            ps.setLong(4, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw RatingStore.failure(e);
        }
    }

    /** Marks jobs left running by a stopped server as failed, so that a new recompute can start. */
    public int failInterrupted(Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update rating_recompute_job set state = 'FAILED',"
                        + " failure = 'Interrupted: the server stopped while it ran', finished_at = ?"
                        + " where state = 'RUNNING'")) {
            ps.setTimestamp(1, Timestamp.from(at));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw RatingStore.failure(e);
        }
    }

    public Optional<Job> find(long id) {
        return one("select id, methodology_code, state, total, processed, compute_millis, started_by_name, started_at,"
                + " finished_at, failure from rating_recompute_job where id = " + id);
    }

    public Optional<Job> latest() {
        return one("select id, methodology_code, state, total, processed, compute_millis, started_by_name, started_at,"
                + " finished_at, failure from rating_recompute_job order by id desc limit 1");
    }

    private Optional<Job> one(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Timestamp finished = rs.getTimestamp(9);
            return Optional.of(new Job(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                    rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                    finished == null ? null : finished.toInstant(), rs.getString(10)));
        } catch (SQLException e) {
            throw RatingStore.failure(e);
        }
    }

    private void update(String sql, long a, long b, long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, a);
            ps.setLong(2, b);
            ps.setLong(3, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw RatingStore.failure(e);
        }
    }
}
