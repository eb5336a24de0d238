package org.inspectorate.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.shared.security.Caller;

@Path("/portal/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portal")
public class PortalIdentityResource {

    @Inject
    ProviderAccess access;

    public record Me(String name, String providerId, Set<String> roles) {
    }

    @GET
    @Operation(summary = "Who the credentials belong to", description = "For checking an API key or user credentials.")
    public Me me() {
        Caller c = access.caller();
        return new Me(c.name(), access.requireProvider(), new java.util.TreeSet<>(c.roles()));
    }
}
