package org.inspectorate.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.registry.application.LocationSummary;
import org.inspectorate.registry.application.ProviderRecord;
import org.inspectorate.registry.application.ProviderSummary;
import org.inspectorate.registry.application.RegisterQueries;
import org.inspectorate.registry.domain.LocationSearch;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.registry.domain.ProviderSearch;
import org.inspectorate.registry.domain.ProviderType;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.registry.domain.RegistrationStatus;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;

@Path("/providers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Register")
public class ProviderResource {

    @Inject
    RegisterQueries register;

    @GET
    @Operation(summary = "Search providers", description = "Paged. q matches a provider id, a postcode or part of the name.")
    public PagedResponse<ProviderSummary> search(@QueryParam("q") String q, @QueryParam("region") String region,
            @QueryParam("type") String type, @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        ProviderSearch search = new ProviderSearch(p.text("q", q, 200), p.enumValue("region", region, Region.class),
                p.enumValue("type", type, ProviderType.class), p.enumValue("status", status, RegistrationStatus.class));
        PageRequest pageRequest = p.page(page, perPage);
        p.done();
        return PagedResponse.of(register.searchProviders(search, pageRequest));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a provider by id")
    public ProviderRecord get(@PathParam("id") String id) {
        checkId(id);
        return register.publicProvider(id).orElseThrow(() -> new NotFound("provider", id));
    }

    @GET
    @Path("/{id}/locations")
    @Operation(summary = "The provider's locations, paged")
    public PagedResponse<LocationSummary> locations(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("perPage") String perPage) {
        checkId(id);
        QueryParams p = new QueryParams();
        PageRequest pageRequest = p.page(page, perPage);
        p.done();
        register.publicProvider(id).orElseThrow(() -> new NotFound("provider", id));
        return PagedResponse.of(register.searchLocations(LocationSearch.ofProvider(id), pageRequest));
    }

    private static void checkId(String id) {
        if (!OrganisationId.isValid(id)) {
            throw ValidationFailure.of("id", "A provider id looks like 1-101234567");
        }
    }
}
