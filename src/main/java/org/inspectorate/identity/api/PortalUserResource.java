package org.inspectorate.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.identity.application.TeamMember;
import org.inspectorate.identity.application.TeamQueries;
import org.inspectorate.identity.application.TeamService;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;

@Path("/portal/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PROVIDER_ADMIN")
@Tag(name = "Portal")
public class PortalUserResource {

    @Inject
    TeamQueries team;

    @Inject
    TeamService service;

    public record RoleChange(String role, List<String> locations) {
    }

    @GET
    @Operation(summary = "Your organisation's users", description = "Paged, by name. Administrators only.")
    public PagedResponse<TeamMember> list(@QueryParam("page") String page, @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        PageRequest request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(new Page<>(team.users(request), team.countUsers(), request));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of your organisation's users")
    public TeamMember get(@PathParam("id") long id) {
        return team.member(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a user's role and locations",
            description = "role is PROVIDER_ADMIN, LOCATION_MANAGER, CONTRIBUTOR or READ_ONLY; locations are needed"
                    + " for LOCATION_MANAGER and CONTRIBUTOR.")
    public TeamMember changeRole(@PathParam("id") long id, RoleChange body) {
        if (body == null) {
            throw ValidationFailure.of("role", "Send a JSON object with the role and locations");
        }
        service.changeRole(id, body.role(), body.locations() == null ? Set.of() : Set.copyOf(body.locations()));
        return team.member(id);
    }

    @POST
    @Path("/{id}/suspend")
    @Operation(summary = "Suspend a user", description = "Ends their sessions at once. Never the last administrator.")
    public Response suspend(@PathParam("id") long id) {
        service.suspend(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/reactivate")
    @Operation(summary = "Reactivate a suspended user")
    public Response reactivate(@PathParam("id") long id) {
        service.reactivate(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/reset-second-factor")
    @Operation(summary = "Clear a user's authenticator app and recovery codes",
            description = "For someone who lost both. Ends their sessions.")
    public Response resetSecondFactor(@PathParam("id") long id) {
        service.resetSecondFactor(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a user from your organisation")
    public Response remove(@PathParam("id") long id) {
        service.remove(id);
        return Response.noContent().build();
    }
}
