package org.inspectorate.ops.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.ops.application.RetentionJob;

@Path("/staff/retention/run")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
@Tag(name = "Audit")
public class RetentionResource {

    @Inject
    RetentionJob job;

    @POST
    @Operation(summary = "Apply the retention rules now (administrators)",
            description = "What the nightly job does: removes audit rows and concern contact details past their "
                    + "retention periods, each removal audited. Returns how many were removed.")
    public RetentionJob.Outcome run() {
        return job.run();
    }
}
