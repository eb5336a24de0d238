package org.inspectorate.rating.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.rating.application.RecomputeJob;
import org.inspectorate.rating.persistence.JobStore;
import org.inspectorate.shared.domain.NotFound;

/** Starting a recompute of every current rating under a methodology version, and following its progress. */
@Path("/staff/rating-recomputes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ratings")
public class RecomputeResource {

    @Inject
    RecomputeJob job;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"MANAGER", "ADMINISTRATOR"})
    @Operation(summary = "Recompute every current rating under a methodology version", description =
            "{methodology}. Runs in the background; 202 with the job, whose progress GET /{id} shows.")
    public Response start(Map<String, String> body) {
        long id = job.start(body == null ? null : body.get("methodology"));
        return Response.accepted(job.job(id).orElseThrow()).location(URI.create("/api/v1/staff/rating-recomputes/"
                + id)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("STAFF")
    @Operation(summary = "A recompute job's progress", description = "state RUNNING, DONE or FAILED; processed of"
            + " total; computeMillis is the time spent computing, apart from database reads and writes.")
    public JobStore.Job get(@PathParam("id") long id) {
        return job.job(id).orElseThrow(() -> new NotFound("recompute job", String.valueOf(id)));
    }
}
