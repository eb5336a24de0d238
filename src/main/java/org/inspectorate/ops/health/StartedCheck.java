package org.inspectorate.ops.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Startup;
import org.inspectorate.ops.application.StartupState;

/** Started once migrations, schema validation and any demo data load have finished. */
@Startup
@ApplicationScoped
public class StartedCheck implements HealthCheck {

    @Inject
    StartupState state;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("startup").status(state.started());
        if (state.failure() != null) {
            b.withData("failure", state.failure());
        }
        return b.build();
    }
}
