package org.inspectorate.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.identity.application.CoverRecord;
import org.inspectorate.identity.application.CoverService;
import org.inspectorate.identity.application.TeamQueries;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;

@Path("/portal/covers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PROVIDER_ADMIN")
@Tag(name = "Portal")
public class PortalCoverResource {

    @Inject
    CoverService covers;

    @Inject
    TeamQueries team;

    public record NewCover(Long coveringUserId, Long coveredUserId, String startsOn, String endsOn, String reason) {
    }

    @GET
    @Operation(summary = "Cover that is current or still to come")
    public PagedResponse<CoverRecord> current(@QueryParam("page") String page, @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        PageRequest request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(new Page<>(team.currentCover(request), team.countCurrentCover(), request));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a colleague cover of another's locations",
            description = "Dates are yyyy-MM-dd, UK days, inclusive. Cover lapses by itself after endsOn.")
    public Response grant(NewCover body) {
        if (body == null) {
            throw ValidationFailure.of("covering", "Send a JSON object with coveringUserId, coveredUserId, startsOn"
                    + " and endsOn");
        }
        long id = covers.grant(body.coveringUserId(), body.coveredUserId(), date("startsOn", body.startsOn()),
                date("endsOn", body.endsOn()), body.reason());
        return Response.status(201).entity(Map.of("id", id)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "End cover early")
    public Response end(@PathParam("id") long id) {
        covers.end(id);
        return Response.noContent().build();
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of(field, field + " must be a date like 2026-12-01");
        }
    }
}
