package org.inspectorate.ops.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.inspectorate.shared.config.Settings;

/**
 * Applies the SQL migrations in db-migrations/ with Flyway, as the owner role (the migration data source,
 * {@code DB_MIGRATION_USER}), grants the application's role what it may do (afterMigrate.sql), then has Hibernate
 * check that the entity mappings match the migrated schema. Hibernate never changes the schema itself.
 */
@ApplicationScoped
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "jdbc/appDS")
    DataSource dataSource;

    @Resource(lookup = "jdbc/migrationDS")
    DataSource migrationDataSource;

    @PersistenceUnit(unitName = "inspectorate")
    EntityManagerFactory emf;

    @Inject
    Settings settings;

    public void migrateAndValidate() {
        String appRole = currentUser(dataSource);
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(migrationDataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .placeholders(Map.of("appRole", appRole))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        LOG.info("Entity mappings match the database schema");
        checkAuditProtection(appRole);
    }

    /**
     * The application's role must not be able to change the audit trail. In production it refuses to start
     * when it can; elsewhere (one role for everything, as on a bare development database) it warns.
     */
    private void checkAuditProtection(String appRole) {
        AuditProtection protection = AuditProtection.of(dataSource);
        if (protection.protectedFromApplication()) {
            LOG.info(() -> "Audit trail protected: role " + appRole + " may only insert and read it");
            return;
        }
        String problem = "The application's database role " + appRole + " can change or delete audit rows ("
                + protection.reason() + "): set DB_USER to a role that does not own the schema and DB_MIGRATION_USER "
                + "to the owner (README, Configuration)";
        if (settings.production()) {
            throw new IllegalStateException(problem);
        }
        LOG.warning(problem);
    }

    static String currentUser(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_user")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
