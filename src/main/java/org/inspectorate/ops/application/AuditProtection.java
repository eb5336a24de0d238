package org.inspectorate.ops.application;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** What the application's own database role may do to the audit trail, asked of PostgreSQL itself. */
record AuditProtection(boolean owner, boolean superuser, boolean update, boolean delete, boolean truncate) {

    private static final String QUERY = """
            select pg_get_userbyid(c.relowner) = current_user,
                   (select rolsuper from pg_roles where rolname = current_user),
                   has_table_privilege('audit_event', 'UPDATE'),
                   has_table_privilege('audit_event', 'DELETE'),
                   has_table_privilege('audit_event', 'TRUNCATE')
              from pg_class c where c.oid = 'audit_event'::regclass""";

    static AuditProtection of(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(QUERY)) {
            rs.next();
            return new AuditProtection(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4),
                    rs.getBoolean(5));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the audit trail's privileges: " + e.getMessage(), e);
        }
    }

    boolean protectedFromApplication() {
        return !owner && !superuser && !update && !delete && !truncate;
    }

    String reason() {
        if (superuser) {
            return "it is a superuser";
        }
        if (owner) {
            return "it owns audit_event";
        }
        return "it holds " + (update ? "UPDATE " : "") + (delete ? "DELETE " : "") + (truncate ? "TRUNCATE" : "");
    }
}
