package org.inspectorate.enforcement.api;

import jakarta.annotation.security.RolesAllowed;
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
import org.inspectorate.enforcement.application.ActionRecord;
import org.inspectorate.enforcement.application.Board;
import org.inspectorate.enforcement.application.CaseRecord;
import org.inspectorate.enforcement.application.CaseRow;
import org.inspectorate.enforcement.application.EnforcementQueries;
import org.inspectorate.enforcement.application.EnforcementService;
import org.inspectorate.enforcement.application.OpenCase;
import org.inspectorate.enforcement.domain.ActionKind;
import org.inspectorate.enforcement.domain.CaseOrigin;
import org.inspectorate.enforcement.domain.DecisionInput;
import org.inspectorate.enforcement.domain.EvidenceKind;
import org.inspectorate.enforcement.domain.Meeting;
import org.inspectorate.enforcement.domain.MeetingKind;
import org.inspectorate.enforcement.domain.Stage;
import org.inspectorate.enforcement.domain.StageDecision;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.PageRequest;

/**
 * Enforcement cases for staff: open, decide at each stage of the decision tree, link evidence, read the board.
 * Every change names the case's version as loaded; a stale version is refused with 409.
 */
@Path("/staff/enforcement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("STAFF")
@Tag(name = "Enforcement")
public class EnforcementResource {

    @Inject
    EnforcementQueries queries;

    @Inject
    EnforcementService enforcement;

    @GET
    @Path("/cases")
    @Operation(summary = "Open cases, oldest at their stage first", description = "Filter: stage. Paged.")
    public PagedResponse<CaseRow> cases(@QueryParam("stage") String stage, @QueryParam("page") String page,
            @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        Stage s = p.enumValue("stage", stage, Stage.class);
        PageRequest request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(queries.boardPage(s, request));
    }

    @GET
    @Path("/board")
    @Operation(summary = "The case board: open cases by stage and age at stage, and overdue clocks")
    public Board board() {
        return queries.board();
    }

    @GET
    @Path("/overdue")
    @Operation(summary = "Actions whose next step is overdue, soonest due first (at most 100)")
    public List<ActionRecord> overdue() {
        return queries.overdueActions(100);
    }

    @GET
    @Path("/locations/{locationId}/breaches")
    @Operation(summary = "Breaches active at a location (what limits its rating): open cases with a confirmed breach"
            + " and an action in force, or a warning or requirement notice served and not yet completed")
    public List<org.inspectorate.enforcement.application.ActiveBreach> breaches(@PathParam("locationId") String locationId) {
        return queries.activeBreaches(locationId);
    }

    @POST
    @Path("/cases")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a case", description = "origin TRIAGE (originReference: the triage item's reference;"
            + " the location comes from it), ASSESSMENT_FINDING (originReference: the finding) or DIRECT; a locationId"
            + " or providerId names the subject.")
    public Response open(Bodies.Open b) {
        if (b == null) {
            throw org.inspectorate.shared.domain.ValidationFailure.of("origin", "Send the case to open");
        }
        long id = enforcement.open(new OpenCase(b.locationId(), b.providerId(),
                Bodies.required("origin", b.origin(), CaseOrigin.class), b.originReference(), b.summary()));
        return Response.status(201).entity(get(id)).build();
    }

    @GET
    @Path("/cases/{id}")
    @Operation(summary = "A case with its decisions, evidence, actions and clocks")
    public CaseRecord get(@PathParam("id") long id) {
        return queries.caseRecord(id).orElseThrow(() -> new NotFound("enforcement case", String.valueOf(id)));
    }

    @POST
    @Path("/cases/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a decision at the case's current stage, with reasons and the meeting that took it")
    public CaseRecord decide(@PathParam("id") long id, Bodies.Decision b) {
        if (b == null) {
            throw org.inspectorate.shared.domain.ValidationFailure.of("decision", "Send the decision");
        }
        int version = Bodies.version(b.version());
        MeetingKind kind = Bodies.optional("meetingKind", b.meetingKind(), MeetingKind.class);
        Meeting meeting = kind == null ? null : new Meeting(kind, Bodies.date("meetingDate", b.meetingDate()),
                b.attendees());
        enforcement.decide(id, version, new DecisionInput(Bodies.required("decision", b.decision(), StageDecision.class),
                b.reasons(), meeting, b.breach(), Bodies.optional("action", b.action(), ActionKind.class),
                b.actionDetail()));
        return get(id);
    }

    @POST
    @Path("/cases/{id}/owner")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the case to another active staff member (managers)")
    public CaseRecord reassign(@PathParam("id") long id, Bodies.Owner b) {
        if (b == null) {
            throw org.inspectorate.shared.domain.ValidationFailure.of("ownerId", "Send the new owner");
        }
        enforcement.reassign(id, Bodies.version(b.version()), b.ownerId());
        return get(id);
    }

    @POST
    @Path("/cases/{id}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link evidence to a case: a triage item, an assessment finding, a file id, or a note")
    public CaseRecord evidence(@PathParam("id") long id, Bodies.Evidence b) {
        if (b == null) {
            throw org.inspectorate.shared.domain.ValidationFailure.of("kind", "Send the evidence");
        }
        enforcement.addEvidence(id, Bodies.required("kind", b.kind(), EvidenceKind.class), b.reference(),
                b.description());
        return get(id);
    }
}
