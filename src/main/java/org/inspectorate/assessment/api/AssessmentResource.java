package org.inspectorate.assessment.api;

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
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.assessment.application.AssessmentQueries;
import org.inspectorate.assessment.application.AssessmentService;
import org.inspectorate.assessment.application.AssessmentViews;
import org.inspectorate.assessment.application.Commands;
import org.inspectorate.assessment.application.EvidenceService;
import org.inspectorate.assessment.domain.AssessmentState;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.PageRequest;

/**
 * Assessments over the API. Staff open assessments and record evidence, scores (1-4, with a rationale), breaches and
 * overrides; a manager approves, which publishes the ratings. A provider's users may read their own organisation's
 * approved assessments only.
 */
@Path("/assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class AssessmentResource {

    @Inject
    AssessmentService service;

    @Inject
    EvidenceService evidence;

    @Inject
    AssessmentQueries queries;

    public record Created(long id) {
    }

    @GET
    @RolesAllowed("STAFF")
    @Operation(summary = "Assessments, newest first", description = "Paged; filter by state (OPEN, SUBMITTED,"
            + " APPROVED) and locationId.")
    public PagedResponse<AssessmentViews.Summary> list(@QueryParam("state") String state,
            @QueryParam("locationId") String locationId, @QueryParam("page") String page,
            @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        AssessmentState s = p.enumValue("state", state, AssessmentState.class);
        String location = p.text("locationId", locationId, 12);
        PageRequest request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(queries.page(s, location, request));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("STAFF")
    @Operation(summary = "Open an assessment", description = "{locationId, kind: FULL|FOCUSED, statements: [\"S1\"],"
            + " team, startsOn, endsOn, methodology}. Earlier scores are carried forward.")
    public Response open(String body) {
        JsonInput in = JsonInput.parse(body);
        Commands.Open cmd = new Commands.Open(in.text("locationId"), in.text("kind"), in.list("statements"),
                in.text("team"), in.date("startsOn"), in.date("endsOn"), in.text("methodology"));
        in.done();
        long id = service.open(cmd);
        return Response.created(URI.create("/api/v1/assessments/" + id)).entity(new Created(id)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"STAFF", "PROVIDER"})
    @Operation(summary = "One assessment with its scores, evidence, breaches and overrides",
            description = "Providers: only their own organisation's approved assessments.")
    public AssessmentViews.Detail get(@PathParam("id") long id) {
        return queries.detail(id);
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("STAFF")
    @Operation(summary = "Record an evidence item", description = "{statementCode, categoryCode, source, collectedOn,"
            + " summary, attachments: [file ids], links: [notification or concern references]}")
    public Response recordEvidence(@PathParam("id") long id, String body) {
        JsonInput in = JsonInput.parse(body);
        Commands.Evidence cmd = new Commands.Evidence(in.text("statementCode"), in.text("categoryCode"),
                in.text("source"), in.date("collectedOn"), in.text("summary"), in.list("attachments"),
                in.list("links"));
        in.done();
        return Response.status(201).entity(new Created(evidence.recordEvidence(id, cmd))).build();
    }

    @PUT
    @Path("/{id}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("STAFF")
    @Operation(summary = "Score a quality statement (or one of its evidence categories)", description =
            "{statementCode, categoryCode (category method only), score: 1-4, rationale}. Replaces an earlier or"
                    + " carried-forward score.")
    public Response score(@PathParam("id") long id, String body) {
        JsonInput in = JsonInput.parse(body);
        Commands.Score cmd = new Commands.Score(in.text("statementCode"), in.text("categoryCode"),
                in.integer("score", "The score must be a whole number from 1 to 4"), in.text("rationale"));
        in.done();
        evidence.recordScore(id, cmd);
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/carried-forward")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("STAFF")
    @Operation(summary = "Say why a statement of a full assessment is carried forward, not rescored", description =
            "{statementCode, reason (up to 500 characters)}. The statement keeps its earlier score, shown as carried"
                    + " forward with the reason; scoring it later removes the mark. A full assessment is submitted"
                    + " only when every statement is rescored or carried forward this way. 409 for a focused"
                    + " assessment, a statement already scored, or one with no earlier score.")
    public Response carryForward(@PathParam("id") long id, String body) {
        JsonInput in = JsonInput.parse(body);
        String statement = in.text("statementCode");
        String reason = in.text("reason");
        in.done();
        evidence.carryForward(id, statement, reason);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/breaches")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("STAFF")
    @Operation(summary = "Record a breach of regulations", description = "{statementCode, regulation, description}")
    public Response breach(@PathParam("id") long id, String body) {
        JsonInput in = JsonInput.parse(body);
        Commands.Breach cmd = new Commands.Breach(in.text("statementCode"), in.text("regulation"),
                in.text("description"));
        in.done();
        return Response.status(201).entity(new Created(evidence.recordBreach(id, cmd))).build();
    }

    @POST
    @Path("/{id}/overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("STAFF")
    @Operation(summary = "Propose a professional-judgement override", description = "{keyQuestion (or OVERALL),"
            + " rating, reason}. Applies once a second person approves it.")
    public Response propose(@PathParam("id") long id, String body) {
        JsonInput in = JsonInput.parse(body);
        Commands.ProposeOverride cmd = new Commands.ProposeOverride(in.text("keyQuestion"), in.text("rating"),
                in.text("reason"));
        in.done();
        return Response.status(201).entity(new Created(evidence.proposeOverride(id, cmd))).build();
    }

    @POST
    @Path("/{id}/overrides/{overrideId}/{decision: approve|reject}")
    @RolesAllowed("STAFF")
    @Operation(summary = "Approve or reject an override (not by its proposer)")
    public Response decide(@PathParam("id") long id, @PathParam("overrideId") long overrideId,
            @PathParam("decision") String decision) {
        evidence.decideOverride(overrideId, "approve".equals(decision));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed("STAFF")
    @Operation(summary = "Submit the assessment for a manager's approval")
    public Response submit(@PathParam("id") long id) {
        service.submit(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed("MANAGER")
    @Operation(summary = "Approve the assessment and publish its ratings", description = "Managers; not the submitter.")
    public Response approve(@PathParam("id") long id) {
        service.approve(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("MANAGER")
    @Operation(summary = "Return a submitted assessment to its team", description = "{reason}")
    public Response giveBack(@PathParam("id") long id, Map<String, String> body) {
        service.returnToTeam(id, body == null ? null : body.get("reason"));
        return Response.noContent().build();
    }
}
