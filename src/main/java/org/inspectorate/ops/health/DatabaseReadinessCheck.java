package org.inspectorate.ops.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when PostgreSQL answers a query within a few seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = "jdbc/appDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        DatabaseProbe.Result result = DatabaseProbe.probe(dataSource, 3);
        HealthCheckResponseBuilder b = HealthCheckResponse.named("database").status(result.up())
                .withData("responseMillis", result.millis());
        if (result.error() != null) {
            b.withData("error", result.error());
        }
        return b.build();
    }
}
