package org.inspectorate.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.identity.application.AccountService;
import org.inspectorate.identity.application.SessionRecord;

@Path("/account/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class AccountSessionResource {

    @Inject
    AccountService accounts;

    @GET
    @Operation(summary = "Where you are signed in", description = "Your own live sessions only.")
    public List<SessionRecord> list() {
        return accounts.sessions();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "End one of your sessions")
    public Response end(@PathParam("id") String id) {
        accounts.endSession(id);
        return Response.noContent().build();
    }
}
