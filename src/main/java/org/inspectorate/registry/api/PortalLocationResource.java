package org.inspectorate.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.registry.application.LocationRecord;
import org.inspectorate.registry.application.PortalRegisterQueries;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;

@Path("/portal/locations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portal")
public class PortalLocationResource {

    @Inject
    PortalRegisterQueries portal;

    @GET
    @Path("/{id}")
    @Operation(summary = "One of your organisation's locations, with its managers' contact details",
            description = "Location managers and contributors reach their own locations and those they cover.")
    public LocationRecord get(@PathParam("id") String id) {
        if (!OrganisationId.isValid(id)) {
            throw ValidationFailure.of("id", "A location id looks like 1-123456789");
        }
        return portal.location(id).orElseThrow(() -> new NotFound("location", id));
    }
}
