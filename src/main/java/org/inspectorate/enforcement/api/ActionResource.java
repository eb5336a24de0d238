package org.inspectorate.enforcement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.enforcement.application.ActionService;
import org.inspectorate.enforcement.application.CaseRecord;
import org.inspectorate.enforcement.application.EnforcementQueries;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;

/**
 * Enforcement actions and their clocks (managers): take the confirmed action, then record representations,
 * serve the Notice of Decision, record an appeal and its outcome, make the decision take effect, withdraw or
 * complete. Each answers with the whole case.
 */
@Path("/staff/enforcement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("STAFF")
@Tag(name = "Enforcement")
public class ActionResource {

    @Inject
    ActionService actions;

    @Inject
    EnforcementQueries queries;

    @POST
    @Path("/cases/{id}/actions")
    @Operation(summary = "Take the action the final review confirmed: serve its first notice on date (default today)")
    public CaseRecord take(@PathParam("id") long id, Bodies.Step b) {
        actions.takeAction(id, Bodies.version(body(b).version()), dateOrToday(b));
        return caseOf(id);
    }

    @POST
    @Path("/actions/{id}/representations")
    @Operation(summary = "Record written representations received on date, within their window")
    public CaseRecord representations(@PathParam("id") long id, Bodies.Step b) {
        actions.recordRepresentations(id, Bodies.version(body(b).version()), dateOrToday(b), b.representations());
        return caseOfAction(id);
    }

    @POST
    @Path("/actions/{id}/decision")
    @Operation(summary = "Serve the Notice of Decision on date: after representations or once their window closed")
    public CaseRecord decision(@PathParam("id") long id, Bodies.Step b) {
        actions.serveDecision(id, Bodies.version(body(b).version()), dateOrToday(b));
        return caseOfAction(id);
    }

    @POST
    @Path("/actions/{id}/appeal")
    @Operation(summary = "Record an appeal to the First-tier Tribunal lodged on date, within the appeal window")
    public CaseRecord appeal(@PathParam("id") long id, Bodies.Step b) {
        actions.recordAppeal(id, Bodies.version(body(b).version()), dateOrToday(b));
        return caseOfAction(id);
    }

    @POST
    @Path("/actions/{id}/appeal-outcome")
    @Operation(summary = "The tribunal's decision: upheld (the action takes effect) or not (it is withdrawn)")
    public CaseRecord appealOutcome(@PathParam("id") long id, Bodies.Step b) {
        if (body(b).upheld() == null) {
            throw ValidationFailure.of("upheld", "Say whether the tribunal upheld the decision");
        }
        actions.appealDetermined(id, Bodies.version(b.version()), b.upheld());
        return caseOfAction(id);
    }

    @POST
    @Path("/actions/{id}/take-effect")
    @Operation(summary = "The decision takes effect today (after its appeal window); the register changes")
    public CaseRecord takeEffect(@PathParam("id") long id, Bodies.Step b) {
        actions.takeEffect(id, Bodies.version(body(b).version()));
        return caseOfAction(id);
    }

    @POST
    @Path("/actions/{id}/withdraw")
    @Operation(summary = "Withdraw a notice awaiting its decision")
    public CaseRecord withdraw(@PathParam("id") long id, Bodies.Step b) {
        actions.withdraw(id, Bodies.version(body(b).version()));
        return caseOfAction(id);
    }

    @POST
    @Path("/actions/{id}/complete")
    @Operation(summary = "Close a warning, requirement or penalty notice once considered, or end special measures")
    public CaseRecord complete(@PathParam("id") long id, Bodies.Step b) {
        actions.complete(id, Bodies.version(body(b).version()));
        return caseOfAction(id);
    }

    private static Bodies.Step body(Bodies.Step b) {
        if (b == null) {
            throw ValidationFailure.of("version", "Send the version as you loaded it");
        }
        return b;
    }

    private static java.time.LocalDate dateOrToday(Bodies.Step b) {
        java.time.LocalDate d = Bodies.date("date", b.date());
        return d == null ? java.time.LocalDate.now(java.time.ZoneOffset.UTC) : d;
    }

    private CaseRecord caseOf(long id) {
        return queries.caseRecord(id).orElseThrow(() -> new NotFound("enforcement case", String.valueOf(id)));
    }

    private CaseRecord caseOfAction(long actionId) {
        return queries.caseOfAction(actionId).orElseThrow(() -> new NotFound("enforcement action",
                String.valueOf(actionId)));
    }
}
