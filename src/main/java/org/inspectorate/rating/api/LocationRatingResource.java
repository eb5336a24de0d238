package org.inspectorate.rating.api;

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
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;

/** A location's current ratings with the working behind them, for everyone (the open data API). */
@Path("/locations/{id}/rating")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ratings")
public class LocationRatingResource {

    @Inject
    RatingQueries ratings;

    @GET
    @Operation(summary = "Current ratings of a location, with their explanation", description = "The overall rating,"
            + " each key question's percentage, band and rating, each quality statement's score, the rule applied at"
            + " every step and the dates of the evidence. Staff, and users of the location's own provider, also get the"
            + " evidence items (full: true). 404 when the location has no published rating.")
    public Explanation get(@PathParam("id") String id) {
        if (!OrganisationId.isValid(id)) {
            throw ValidationFailure.of("id", "A location id looks like 1-123456789");
        }
        return ratings.forCaller(id).orElseThrow(() -> new NotFound("rating for location", id));
    }
}
