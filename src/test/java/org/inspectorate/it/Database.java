package org.inspectorate.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Direct access to the test database, for arranging records that no API creates (for example another
 * organisation's server-side drafts). Tests read results through the application, not through this.
 */
final class Database {

    private Database() {
    }

    static int update(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user", "inspectorate"), System.getProperty("it.db.password", "inspectorate"));
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not arrange test data: " + sql, e);
        }
    }

    /** Runs these statements in order on one connection (so temporary tables live from one to the next). */
    static void script(String... statements) {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user", "inspectorate"), System.getProperty("it.db.password", "inspectorate"));
                java.sql.Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not arrange test data", e);
        }
    }

    /** One value read straight from the database, as the owner role sees it (for checking what is stored). */
    static String value(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user", "inspectorate"), System.getProperty("it.db.password", "inspectorate"));
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (java.sql.ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read: " + sql, e);
        }
    }
}
