package org.inspectorate.triage.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.triage.application.QueueRow;
import org.inspectorate.triage.application.TriageQueries;

@Path("/staff/locations/{id}/timeline")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("STAFF")
@Tag(name = "Triage")
public class LocationTimelineResource {

    @Inject
    TriageQueries queries;

    @GET
    @Operation(summary = "Every notification and concern about a location, newest first", description = "Paged.")
    public PagedResponse<QueueRow> timeline(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("perPage") String perPage) {
        if (!OrganisationId.isValid(id)) {
            throw ValidationFailure.of("id", "A location id looks like 1-123456789");
        }
        QueryParams p = new QueryParams();
        PageRequest request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(queries.timeline(id, request));
    }
}
