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
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.identity.application.InvitationRecord;
import org.inspectorate.identity.application.InvitationService;
import org.inspectorate.identity.application.TeamQueries;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;

@Path("/portal/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PROVIDER_ADMIN")
@Tag(name = "Portal")
public class PortalInvitationResource {

    @Inject
    InvitationService invitations;

    @Inject
    TeamQueries team;

    public record NewInvitation(String email, String name, String role, List<String> locations) {
    }

    @GET
    @Operation(summary = "Invitations waiting for an answer")
    public PagedResponse<InvitationRecord> pending(@QueryParam("page") String page,
            @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        PageRequest request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(new Page<>(team.pendingInvitations(request), team.countPendingInvitations(), request));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a colleague by email", description = "The link in the email works once, for 7 days.")
    public Response invite(NewInvitation body) {
        if (body == null) {
            throw ValidationFailure.of("email", "Send a JSON object with email, name, role and locations");
        }
        InvitationRecord created = invitations.invite(body.email(), body.name(), body.role(),
                body.locations() == null ? Set.of() : Set.copyOf(body.locations()));
        return Response.status(201).entity(created).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Withdraw an invitation", description = "Its link stops working.")
    public Response revoke(@PathParam("id") long id) {
        invitations.revoke(id);
        return Response.noContent().build();
    }
}
