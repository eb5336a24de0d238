package org.inspectorate.rating.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.rating.application.ProposedRatings;
import org.inspectorate.rating.application.RatingQueries;
import org.inspectorate.shared.domain.NotFound;

/** The ratings an approved assessment proposes, before (and after) they are published with its report. */
@Path("/assessments/{id}/proposed-ratings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ratings")
public class ProposedRatingResource {

    @Inject
    RatingQueries ratings;

    @GET
    @RolesAllowed({"STAFF", "PROVIDER"})
    @Operation(summary = "Ratings proposed by an approved assessment, and whether they are published yet",
            description = "Approval proposes ratings; they become the location's public ratings only when a report"
                    + " written for the assessment is published, and are withdrawn with it. state is PROPOSED,"
                    + " PUBLISHED (reportId names the report) or WITHDRAWN. Providers: only their own locations'"
                    + " (another organisation's is not found, audited). 404 before approval.")
    public ProposedRatings get(@PathParam("id") long id) {
        return ratings.proposal(id).orElseThrow(() -> new NotFound("proposed ratings of assessment",
                String.valueOf(id)));
    }
}
