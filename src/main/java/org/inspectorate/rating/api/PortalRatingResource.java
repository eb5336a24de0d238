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
import org.inspectorate.rating.application.Explanation;
import org.inspectorate.rating.application.RatingQueries;
import org.inspectorate.shared.domain.NotFound;

/** The full explanation of one of the caller's own locations' ratings, evidence included. */
@Path("/portal/locations/{id}/rating")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ratings")
public class PortalRatingResource {

    @Inject
    RatingQueries ratings;

    @GET
    @RolesAllowed("PROVIDER")
    @Operation(summary = "Your location's current ratings with the full explanation and evidence",
            description = "Another organisation's location is not found (and the attempt is audited).")
    public Explanation get(@PathParam("id") String id) {
        return ratings.forProvider(id).orElseThrow(() -> new NotFound("rating for location", id));
    }
}
