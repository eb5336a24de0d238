package org.inspectorate.notice.api;

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
import org.inspectorate.notice.application.NoticeQueries;
import org.inspectorate.notice.application.NoticeRecord;
import org.inspectorate.notice.application.NoticeService;
import org.inspectorate.notice.application.RepresentationRecord;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;

/** Your organisation's notices and letters, their PDFs, and written representations within the window. */
@Path("/portal/notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices")
public class PortalNoticeResource {

    @Inject
    NoticeQueries queries;

    @Inject
    NoticeService notices;

    public record RepresentationJson(String text) {
    }

    @GET
    @Operation(summary = "Your organisation's notices, newest first", description = "Paged.")
    public PagedResponse<NoticeRecord> list(@QueryParam("page") String page, @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        PageRequest request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(queries.ofCallerOrganisation(request));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One notice with its clocks")
    public NoticeRecord get(@PathParam("id") String id) {
        long n = NoticeIds.parse(id);
        return queries.get(n).orElseThrow(() -> new NotFound("notice", id));
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The notice as served, as PDF")
    public Response pdf(@PathParam("id") String id) {
        return NoticeIds.pdfResponse(queries.pdf(NoticeIds.parse(id)));
    }

    @GET
    @Path("/{id}/representations")
    @Operation(summary = "Representations made on the notice")
    public List<RepresentationRecord> representations(@PathParam("id") String id) {
        return queries.representations(NoticeIds.parse(id));
    }

    @POST
    @Path("/{id}/representations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make written representations",
            description = "Within the notice's window only (28 days for a notice of proposal, 10 working days for a warning notice).")
    public Response represent(@PathParam("id") String id, RepresentationJson body) {
        long n = NoticeIds.parse(id);
        if (body == null) {
            throw ValidationFailure.of("text", "Write your representations");
        }
        RepresentationRecord r = notices.makeRepresentation(n, body.text());
        return Response.status(201).entity(r).build();
    }
}
