package org.inspectorate.notice.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.inspectorate.notice.application.RepresentationRecord;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;

/** Notices for staff: by subject, one with its PDF and representations, and those with overdue steps. */
@Path("/staff/notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("STAFF")
@Tag(name = "Notices")
public class StaffNoticeResource {

    @Inject
    NoticeQueries queries;

    @GET
    @Operation(summary = "Notices about one subject", description = "subjectType e.g. REGISTRATION_APPLICATION, with subjectId.")
    public List<NoticeRecord> ofSubject(@QueryParam("subjectType") String subjectType,
            @QueryParam("subjectId") String subjectId) {
        if (subjectType == null || subjectId == null) {
            throw ValidationFailure.of("subjectType", "Give subjectType and subjectId");
        }
        return queries.ofSubject(subjectType, subjectId);
    }

    @GET
    @Path("/overdue")
    @Operation(summary = "Open notices with an overdue step, oldest first", description = "Paged.")
    public PagedResponse<NoticeRecord> overdue(@QueryParam("page") String page, @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        PageRequest request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(queries.overdue(request));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One notice with its clocks")
    public NoticeRecord get(@PathParam("id") String id) {
        return queries.get(NoticeIds.parse(id)).orElseThrow(() -> new NotFound("notice", id));
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
    @Operation(summary = "Representations the provider made")
    public List<RepresentationRecord> representations(@PathParam("id") String id) {
        return queries.representations(NoticeIds.parse(id));
    }
}
