package org.inspectorate.report.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.report.application.PublishedRecord;
import org.inspectorate.report.application.ReportQueries;
import org.inspectorate.report.domain.ReportPublication;
import org.inspectorate.shared.domain.NotFound;

/** Published reports, for everyone: a location's list, and each report as PDF. */
@Path("/reports")
@RequestScoped
@Tag(name = "Published reports")
public class PublicReportResource {

    @Inject
    ReportQueries queries;

    @GET
    @Path("/locations/{locationId}")
    @Produces("application/json")
    @Operation(summary = "A location's published reports, newest first")
    public List<PublishedRecord> atLocation(@PathParam("locationId") String locationId) {
        return queries.published(locationId);
    }

    @GET
    @Path("/{publicationId}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "A published report as PDF")
    public Response pdf(@PathParam("publicationId") long id) {
        ReportPublication p = queries.publication(id).orElseThrow(() -> new NotFound("published report",
                String.valueOf(id)));
        String name = "inspection-report-" + p.locationId() + "-"
                + DateTimeFormatter.ISO_LOCAL_DATE.format(p.publishedAt().atZone(java.time.ZoneOffset.UTC)) + ".pdf";
        return Response.ok(p.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
