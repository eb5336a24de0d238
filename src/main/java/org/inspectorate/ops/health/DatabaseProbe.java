package org.inspectorate.ops.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Runs one query against the database with a short timeout and reports what happened. */
public final class DatabaseProbe {

    public record Result(boolean up, long millis, String error) {
    }

    private DatabaseProbe() {
    }

    public static Result probe(DataSource dataSource, int timeoutSeconds) {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(timeoutSeconds);
            try (ResultSet rs = s.executeQuery("select 1")) {
                boolean ok = rs.next() && rs.getInt(1) == 1;
                return new Result(ok, elapsed(start), ok ? null : "unexpected answer");
            }
        } catch (SQLException | RuntimeException e) {
            return new Result(false, elapsed(start), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
