package org.inspectorate.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.identity.application.StaffAccountRecord;
import org.inspectorate.identity.application.StaffAccountService;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.ValidationFailure;

/** Administrators manage staff accounts: add, change roles, team and region, suspend, reactivate, end. */
@Path("/staff/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("STAFF")
@Tag(name = "Staff accounts")
public class StaffAccountResource {

    @Inject
    StaffAccountService accounts;

    public record AccountBody(String email, String name, List<String> roles, String team, String region) {
    }

    @GET
    @Operation(summary = "Staff accounts by name (administrators). Paged.")
    public PagedResponse<StaffAccountRecord> list(@QueryParam("page") String page,
            @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        var request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(accounts.list(request));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One staff account (administrators)")
    public StaffAccountRecord get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a staff account (administrators)",
            description = "roles: INSPECTOR, REGISTRATION_OFFICER, MANAGER, ADMINISTRATOR; team and region optional."
                    + " The person is emailed a link, valid for 7 days, to choose their password.")
    public Response add(AccountBody b) {
        StaffAccountRecord r = accounts.add(details(b, true));
        return Response.status(Response.Status.CREATED).entity(r).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a staff account's roles, team and region (administrators)")
    public StaffAccountRecord change(@PathParam("id") long id, AccountBody b) {
        return accounts.change(id, details(b, false));
    }

    @POST
    @Path("/{id}/suspend")
    @Operation(summary = "Suspend a staff account: it cannot sign in and its sessions end (administrators)")
    public StaffAccountRecord suspend(@PathParam("id") long id) {
        return accounts.suspend(id);
    }

    @POST
    @Path("/{id}/reactivate")
    @Operation(summary = "Reactivate a suspended staff account (administrators)")
    public StaffAccountRecord reactivate(@PathParam("id") long id) {
        return accounts.reactivate(id);
    }

    @POST
    @Path("/{id}/end")
    @Operation(summary = "End a staff account for good, for a leaver (administrators)")
    public StaffAccountRecord end(@PathParam("id") long id) {
        return accounts.end(id);
    }

    @POST
    @Path("/{id}/clear-authenticator")
    @Operation(summary = "Clear a staff member's authenticator app; they set up a new one at sign-in (administrators)")
    public StaffAccountRecord clearAuthenticator(@PathParam("id") long id) {
        return accounts.clearAuthenticator(id);
    }

    private static StaffAccountService.Details details(AccountBody b, boolean adding) {
        if (b == null) {
            throw ValidationFailure.of(adding ? "email" : "roles", "Send a JSON object with the account's details");
        }
        return new StaffAccountService.Details(b.email(), b.name(), b.roles(), b.team(), b.region());
    }
}
