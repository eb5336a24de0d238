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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.inspectorate.registry.application.LocationRecord;
import org.inspectorate.registry.application.RegisterHistory;
import org.inspectorate.registry.application.RegisterOnDate;
import org.inspectorate.registry.application.LocationSummary;
import org.inspectorate.registry.application.RegisterQueries;
import org.inspectorate.registry.domain.LocationSearch;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.registry.domain.RegistrationStatus;
import org.inspectorate.registry.domain.RegulatedActivity;
import org.inspectorate.registry.domain.ServiceType;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.time.UkTime;

@Path("/locations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Register")
public class LocationResource {

    @Inject
    RegisterQueries register;

    @GET
    @Operation(summary = "Search locations", description = "Paged. q matches a location id, a postcode or part of the name.")
    public PagedResponse<LocationSummary> search(
            @Parameter(description = "Location id, postcode or part of the name") @QueryParam("q") String q,
            @Parameter(description = "Region, e.g. LONDON") @QueryParam("region") String region,
            @Parameter(description = "Service type, e.g. DOMICILIARY_CARE") @QueryParam("serviceType") String serviceType,
            @Parameter(description = "Regulated activity, e.g. PERSONAL_CARE") @QueryParam("activity") String activity,
            @Parameter(description = "REGISTERED or DEREGISTERED") @QueryParam("status") String status,
            @Parameter(description = "Provider id") @QueryParam("providerId") String providerId,
            @Parameter(description = "NAME, POSTCODE, REGION or REGISTRATION_DATE") @QueryParam("sort") String sort,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1 to 100") @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        String provider = p.text("providerId", providerId, 12);
        LocationSearch search = new LocationSearch(p.text("q", q, 200), p.enumValue("region", region, Region.class),
                p.enumValue("serviceType", serviceType, ServiceType.class),
                p.enumValue("activity", activity, RegulatedActivity.class),
                p.enumValue("status", status, RegistrationStatus.class), provider,
                p.enumValue("sort", sort, LocationSearch.SortOrder.class));
        PageRequest pageRequest = p.page(page, perPage);
        p.done();
        if (provider != null && !OrganisationId.isValid(provider)) {
            throw ValidationFailure.of("providerId", "providerId must look like 1-101234567");
        }
        return PagedResponse.of(register.searchLocations(search, pageRequest));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a location by id")
    public LocationRecord get(@PathParam("id") String id) {
        if (!OrganisationId.isValid(id)) {
            throw ValidationFailure.of("id", "A location id looks like 1-123456789");
        }
        return register.publicLocation(id).orElseThrow(() -> new NotFound("location", id));
    }

    @GET
    @Path("/{id}/pending-changes")
    @Operation(summary = "Decided changes to the location's registration waiting for their date",
            description = "Staff, and the location's provider users who may see it. Soonest first; each applies"
                    + " itself on its date.")
    public java.util.List<org.inspectorate.shared.dated.DatedDecisions.View> pending(@PathParam("id") String id) {
        if (!OrganisationId.isValid(id)) {
            throw ValidationFailure.of("id", "A location id looks like 1-123456789");
        }
        return pendingChanges.atLocation(id);
    }

    @GET
    @Path("/{id}/register")
    @Operation(summary = "What the register held for the location on a past date",
            description = "Its status then, and the regulated activities, conditions and registered managers in force"
                    + " on that day; on is a date such as 2027-01-31, today when absent, never a later date"
                    + " (changes decided for later dates are the pending changes).")
    public RegisterOnDate onDate(@PathParam("id") String id,
            @Parameter(description = "The day, e.g. 2026-01-31") @QueryParam("on") String on) {
        if (!OrganisationId.isValid(id)) {
            throw ValidationFailure.of("id", "A location id looks like 1-123456789");
        }
        QueryParams p = new QueryParams();
        LocalDate day = p.date("on", on);
        p.done();
        return history.at(id, day == null ? UkTime.today(clock) : day).orElseThrow(() -> new NotFound("location", id));
    }

    @Inject
    org.inspectorate.registry.application.PendingRegisterChanges pendingChanges;

    @Inject
    RegisterHistory history;

    @Inject
    Clock clock;
}
