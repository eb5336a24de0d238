package org.inspectorate.report.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.report.application.FactualAccuracyService;
import org.inspectorate.report.application.ReportDetail;
import org.inspectorate.report.application.ReportQueries;
import org.inspectorate.report.application.ReportSummary;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.PageRequest;

/**
 * Reports for providers: drafts sent for their factual accuracy check and published reports, for their own
 * locations only. Comment per section (with evidence uploaded through /api/v1/files) or confirm no inaccuracies.
 */
@Path("/portal/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@BrowserWrite
@Tag(name = "Reports (provider)")
public class PortalReportResource {

    @Inject
    ReportQueries queries;

    @Inject
    FactualAccuracyService fac;

    public record Comment(String section, String correctionType, String text, List<String> evidence) {
    }

    public record Finish(Boolean noInaccuracies) {
    }

    public record Created(long id) {
    }

    @GET
    @Operation(summary = "Your organisation's reports in factual accuracy, final or published")
    public PagedResponse<ReportSummary> list(@QueryParam("page") String page, @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        PageRequest request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(queries.providerList(request));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One report with its sections and your comments")
    public ReportDetail get(@PathParam("id") long id) {
        return queries.forProvider(id);
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on a section of the draft (factual accuracy), with evidence file ids")
    public Response comment(@PathParam("id") long id, Comment c) {
        long commentId = fac.comment(id, c == null ? null : c.section(), c == null ? null : c.correctionType(),
                c == null ? null : c.text(), c == null ? null : c.evidence());
        return Response.status(201).entity(new Created(commentId)).build();
    }

    @POST
    @Path("/{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finish your check: send your comments, or confirm there are no inaccuracies")
    public ReportDetail finish(@PathParam("id") long id, Finish f) {
        fac.providerResponse(id, f != null && Boolean.TRUE.equals(f.noInaccuracies()));
        return queries.forProvider(id);
    }
}
