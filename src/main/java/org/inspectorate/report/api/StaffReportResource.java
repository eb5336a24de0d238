package org.inspectorate.report.api;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.report.application.FactualAccuracyService;
import org.inspectorate.report.application.ReportDetail;
import org.inspectorate.report.application.ReportQueries;
import org.inspectorate.report.application.ReportService;
import org.inspectorate.report.application.ReportSummary;
import org.inspectorate.report.application.SaveResult;
import org.inspectorate.report.application.StuckRow;
import org.inspectorate.report.application.VersionRecord;
import org.inspectorate.report.domain.BoardFilter;
import org.inspectorate.report.domain.ReportState;
import org.inspectorate.report.domain.SectionKey;
import org.inspectorate.report.domain.Transition;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.triage.domain.Team;

/**
 * Reports for staff: open, draft (autosave with versions, conflicts refused with both texts), move through the
 * pipeline, hand over, answer factual accuracy comments, and the board and stuck-work list. Writes from pages
 * (session cookie) must send {@code X-Requested-With}.
 */
@Path("/staff/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("STAFF")
@BrowserWrite
@Tag(name = "Reports")
public class StaffReportResource {

    @Inject
    ReportService service;

    @Inject
    ReportQueries queries;

    @Inject
    FactualAccuracyService fac;

    public record Open(String locationId, String siteVisitEndedOn, Long assessmentId) {
    }

    public record Save(Integer baseVersion, String html, Boolean release) {
    }

    public record Restore(Integer version, Integer baseVersion) {
    }

    public record Move(String transition, String reason) {
    }

    public record Assign(Long staffId) {
    }

    public record Answer(Boolean accepted, String reason) {
    }

    public record Opened(long id) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a report for a location, with the date its site visit ended")
    public Response open(Open o) {
        if (o == null) {
            throw ValidationFailure.of("locationId", "Send the location id and the date the site visit ended");
        }
        long id = service.open(o.locationId(), date(o.siteVisitEndedOn()), o.assessmentId());
        return Response.status(201).entity(queries.detail(id).orElseThrow()).build();
    }

    @GET
    @Operation(summary = "The board: open reports, longest in their state first",
            description = "Filters: team, region, state, owner (staff user id). Paged. Each row has its days in state"
                    + " and days since the site visit ended.")
    public PagedResponse<ReportSummary> board(@QueryParam("team") String team, @QueryParam("region") String region,
            @QueryParam("state") String state, @QueryParam("owner") String owner, @QueryParam("page") String page,
            @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        Team t = p.enumValue("team", team, Team.class);
        Region r = p.enumValue("region", region, Region.class);
        ReportState s = p.enumValue("state", state, ReportState.class);
        int o = p.integer("owner", owner, 0, 1, Integer.MAX_VALUE);
        PageRequest request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(queries.board(new BoardFilter(t == null ? null : t.name(), r == null ? null : r.name(),
                s, o == 0 ? null : (long) o), request));
    }

    @GET
    @Path("/stuck")
    @Operation(summary = "Stuck work: open reports without activity, with an owner who is gone, or past target")
    public PagedResponse<StuckRow> stuck(@QueryParam("page") String page, @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        PageRequest request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(queries.stuck(request));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One report: sections, history, factual accuracy comments, the moves it may make")
    public ReportDetail get(@PathParam("id") long id) {
        return queries.detail(id).orElseThrow(() -> new NotFound("report", String.valueOf(id)));
    }

    @PUT
    @Path("/{id}/sections/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a section (autosave)", description = "Send the version your text is based on. A stale"
            + " version, or someone else's editing lease, gets 409 with both texts. release=true gives up the lease.")
    public SaveResult save(@PathParam("id") long id, @PathParam("key") String key, Save s) {
        if (s == null) {
            throw ValidationFailure.of("html", "Send the section's text and the version it is based on");
        }
        return service.save(id, section(key), s.baseVersion(), s.html(), Boolean.TRUE.equals(s.release()));
    }

    @GET
    @Path("/{id}/sections/{key}/versions")
    @Operation(summary = "A section's saved versions, newest first")
    public List<VersionRecord> versions(@PathParam("id") long id, @PathParam("key") String key) {
        get(id);
        return queries.versions(id, section(key));
    }

    @GET
    @Path("/{id}/sections/{key}/versions/{version}")
    @Operation(summary = "One saved version of a section, with its text")
    public VersionRecord version(@PathParam("id") long id, @PathParam("key") String key,
            @PathParam("version") int version) {
        return queries.version(id, section(key), version)
                .orElseThrow(() -> new NotFound("version", String.valueOf(version)));
    }

    @POST
    @Path("/{id}/sections/{key}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Restore an earlier version as the section's text (a new version)")
    public SaveResult restore(@PathParam("id") long id, @PathParam("key") String key, Restore r) {
        if (r == null) {
            throw ValidationFailure.of("version", "Choose the version to restore");
        }
        return service.restore(id, section(key), r.version(), r.baseVersion());
    }

    @POST
    @Path("/{id}/moves")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the report: SUBMIT_FOR_REVIEW, RETURN_TO_AUTHOR, PASS_REVIEW, FINALISE, PUBLISH,"
            + " WITHDRAW, REINSTATE (with a reason where needed)")
    public ReportDetail move(@PathParam("id") long id, Move m) {
        QueryParams p = new QueryParams();
        Transition t = p.enumValue("transition", m == null ? null : m.transition(), Transition.class);
        p.done();
        service.move(id, t, m == null ? null : m.reason());
        return get(id);
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the report to another member of staff (managers; owners for their own)")
    public ReportDetail assign(@PathParam("id") long id, Assign a) {
        service.assign(id, a == null ? null : a.staffId());
        return get(id);
    }

    @POST
    @Path("/{id}/take-over")
    @Operation(summary = "Take the report over, breaking any editing leases (managers)")
    public ReportDetail takeOver(@PathParam("id") long id) {
        service.takeOver(id);
        return get(id);
    }

    @POST
    @Path("/{id}/comments/{commentId}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Respond to a factual accuracy comment: accepted or not, with the reason")
    public ReportDetail respond(@PathParam("id") long id, @PathParam("commentId") long commentId, Answer a) {
        fac.respond(id, commentId, a == null ? null : a.accepted(), a == null ? null : a.reason());
        return get(id);
    }

    private static SectionKey section(String raw) {
        SectionKey k = SectionKey.parse(raw);
        if (k == null) {
            throw new NotFound("section", raw);
        }
        return k;
    }

    private static LocalDate date(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of("siteVisitEndedOn", "Enter the date as YYYY-MM-DD, like 2026-11-02");
        }
    }
}
