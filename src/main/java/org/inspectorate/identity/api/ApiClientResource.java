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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.identity.application.ApiClientService;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.shared.domain.ValidationFailure;

@Path("/portal/api-clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PROVIDER_ADMIN")
@Tag(name = "Portal")
public class ApiClientResource {

    @Inject
    ApiClientService clients;

    @Inject
    ProviderAccess access;

    public record NewClient(String name) {
    }

    public record ClientView(long id, String name, String keyPrefix, Instant createdAt, Instant lastUsedAt,
            Instant revokedAt) {
    }

    @GET
    @Operation(summary = "Your organisation's API clients")
    public List<ClientView> list() {
        return clients.list(access.requireProvider()).stream()
                .map(c -> new ClientView(c.id(), c.name(), c.keyPrefix(), c.createdAt(), c.lastUsedAt(),
                        c.revokedAt()))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API client", description = "The key is in the response once and never again.")
    public Response create(NewClient body) {
        if (body == null) {
            throw ValidationFailure.of("name", "Send a JSON object with the client's name");
        }
        ApiClientService.Issued issued = clients.create(access.requireProvider(), body.name(),
                access.caller().userId());
        return Response.status(201).entity(issued).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API client")
    public Response revoke(@PathParam("id") long id) {
        clients.revoke(access.requireProvider(), id);
        return Response.noContent().build();
    }
}
