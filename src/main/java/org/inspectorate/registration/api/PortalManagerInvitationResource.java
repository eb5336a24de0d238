package org.inspectorate.registration.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.registration.application.ApplicationQueries;
import org.inspectorate.registration.application.ManagerInvitations;

/** An organisation administrator invites a prospective registered manager to apply. */
@Path("/portal/registration/manager-invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Registration")
public class PortalManagerInvitationResource {

    @Inject
    ManagerInvitations invitations;

    @Inject
    ApplicationQueries queries;

    public record InvitationJson(String name, String email, String locationId) {
    }

    @POST
    @Operation(summary = "Invite a new registered manager to apply",
            description = "Starts a new-manager application pre-filled for them and invites them to the portal for the location.")
    public Response invite(InvitationJson body) {
        long id = invitations.invite(body == null ? null : body.name(), body == null ? null : body.email(),
                body == null ? null : body.locationId());
        return Response.created(URI.create("/api/v1/portal/registration/applications/" + id)).entity(queries.get(id))
                .build();
    }
}
