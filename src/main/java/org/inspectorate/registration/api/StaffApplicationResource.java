package org.inspectorate.registration.api;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.notice.domain.AppealOutcome;
import org.inspectorate.registration.application.ApplicationQueries;
import org.inspectorate.registration.application.ApplicationRecord;
import org.inspectorate.registration.application.ApplicationSummary;
import org.inspectorate.registration.application.DecisionService;
import org.inspectorate.registration.application.StaffWorkflow;
import org.inspectorate.registration.domain.ApplicationStatus;
import org.inspectorate.registration.domain.AssessmentRecord;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;

/** Staff registration workflow: queue, validation, assignment, requests, interviews and visits, decisions. */
@Path("/staff/registration/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("STAFF")
@Tag(name = "Registration")
public class StaffApplicationResource {

    @Inject
    ApplicationQueries queries;

    @Inject
    StaffWorkflow workflow;

    @Inject
    DecisionService decisions;

    /** {@code overrideReason}: a manager's reason for granting while a request for information is unanswered. */
    public record ReasonsJson(String reasons, String conditions, String overrideReason) {
    }

    public record AssignJson(Long inspectorId) {
    }

    public record RequestJson(String question, String dueOn) {
    }

    public record RecordJson(String kind, String heldOn, String subject, Boolean satisfactory, String notes) {
    }

    public record AppealJson(String lodgedOn, String decidedOn, String outcome) {
    }

    @GET
    @Operation(summary = "Applications in a state, longest in their stage first", description = "status: one or more, comma-separated; default every open state. Paged.")
    public PagedResponse<ApplicationSummary> queue(@QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        Set<ApplicationStatus> states = EnumSet.noneOf(ApplicationStatus.class);
        if (status == null || status.isBlank()) {
            EnumSet.allOf(ApplicationStatus.class).stream().filter(s -> !s.closed() && s != ApplicationStatus.DRAFT)
                    .forEach(states::add);
        } else {
            for (String s : status.split(",")) {
                ApplicationStatus st = p.enumValue("status", s, ApplicationStatus.class);
                if (st != null) {
                    states.add(st);
                }
            }
        }
        PageRequest request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(queries.queue(states, request));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One application with everything recorded on it")
    public ApplicationRecord get(@PathParam("id") String id) {
        return queries.get(Ids.parse("application", id));
    }

    @POST
    @Path("/{id}/validate")
    @Operation(summary = "Validate: the application is complete")
    public ApplicationRecord validate(@PathParam("id") String id) {
        long n = Ids.parse("application", id);
        workflow.validate(n);
        return queries.get(n);
    }

    @POST
    @Path("/{id}/return")
    @Operation(summary = "Return an incomplete application with reasons (a letter is served)")
    public ApplicationRecord returnIt(@PathParam("id") String id, ReasonsJson body) {
        long n = Ids.parse("application", id);
        workflow.returnToProvider(n, body == null ? null : body.reasons());
        return queries.get(n);
    }

    @POST
    @Path("/{id}/assign")
    @Operation(summary = "Assign to a registration inspector")
    public ApplicationRecord assign(@PathParam("id") String id, AssignJson body) {
        long n = Ids.parse("application", id);
        workflow.assign(n, body == null ? null : body.inspectorId());
        return queries.get(n);
    }

    @POST
    @Path("/{id}/requests")
    @Operation(summary = "Request more information; the provider answers in the portal")
    public ApplicationRecord request(@PathParam("id") String id, RequestJson body) {
        long n = Ids.parse("application", id);
        workflow.requestInformation(n, body == null ? null : body.question(), date("dueOn",
                body == null ? null : body.dueOn()));
        return queries.get(n);
    }

    @POST
    @Path("/{id}/records")
    @Operation(summary = "Record a fit-person interview or a site visit", description = "kind: INTERVIEW or SITE_VISIT.")
    public ApplicationRecord record(@PathParam("id") String id, RecordJson body) {
        long n = Ids.parse("application", id);
        if (body == null) {
            throw ValidationFailure.of("kind", "Send the record");
        }
        QueryParams p = new QueryParams();
        AssessmentRecord.Kind kind = p.enumValue("kind", body.kind(), AssessmentRecord.Kind.class);
        p.done();
        workflow.record(n, kind, date("heldOn", body.heldOn()), body.subject(),
                Boolean.TRUE.equals(body.satisfactory()), body.notes());
        return queries.get(n);
    }

    @POST
    @Path("/{id}/grant")
    @Operation(summary = "Grant: a notice of decision is served; the register changes and the certificate is served"
            + " now, or on the date the change was asked for when that is later. Refused while a request for"
            + " information is unanswered unless a manager gives overrideReason")
    public ApplicationRecord grant(@PathParam("id") String id, ReasonsJson body) {
        long n = Ids.parse("application", id);
        decisions.grant(n, body == null ? null : body.reasons(), body == null ? null : body.overrideReason());
        return queries.get(n);
    }

    @POST
    @Path("/{id}/propose-refusal")
    @Operation(summary = "Serve a notice of proposal to refuse (28 days for representations)")
    public ApplicationRecord proposeRefusal(@PathParam("id") String id, ReasonsJson body) {
        long n = Ids.parse("application", id);
        decisions.proposeRefusal(n, body == null ? null : body.reasons());
        return queries.get(n);
    }

    @POST
    @Path("/{id}/propose-conditions")
    @Operation(summary = "Serve a notice of proposal to grant with conditions not agreed",
            description = "conditions: one per line. 28 days for representations; the register changes when the decision takes effect.")
    public ApplicationRecord proposeConditions(@PathParam("id") String id, ReasonsJson body) {
        long n = Ids.parse("application", id);
        decisions.proposeConditions(n, body == null ? null : body.reasons(), body == null ? null : body.conditions());
        return queries.get(n);
    }

    @POST
    @Path("/{id}/withdraw-proposal")
    @Operation(summary = "Withdraw the notice of proposal; the application returns to assessment")
    public ApplicationRecord withdrawProposal(@PathParam("id") String id, ReasonsJson body) {
        long n = Ids.parse("application", id);
        decisions.withdrawProposal(n, body == null ? null : body.reasons());
        return queries.get(n);
    }

    @POST
    @Path("/{id}/decide")
    @Operation(summary = "Adopt the proposal: serve the notice of decision (28 days to appeal)",
            description = "Only after representations were made or the 28 days for them have passed.")
    public ApplicationRecord decide(@PathParam("id") String id, ReasonsJson body) {
        long n = Ids.parse("application", id);
        decisions.decide(n, body == null ? null : body.reasons());
        return queries.get(n);
    }

    @POST
    @Path("/{id}/appeal")
    @Operation(summary = "Record an appeal to the Tribunal against the notice of decision")
    public ApplicationRecord appeal(@PathParam("id") String id, AppealJson body) {
        long n = Ids.parse("application", id);
        decisions.recordAppeal(n, date("lodgedOn", body == null ? null : body.lodgedOn()));
        return queries.get(n);
    }

    @POST
    @Path("/{id}/appeal-outcome")
    @Operation(summary = "Record the Tribunal's outcome", description = "outcome: DISMISSED, WITHDRAWN or ALLOWED.")
    public ApplicationRecord appealOutcome(@PathParam("id") String id, AppealJson body) {
        long n = Ids.parse("application", id);
        QueryParams p = new QueryParams();
        AppealOutcome outcome = body == null ? null : p.enumValue("outcome", body.outcome(), AppealOutcome.class);
        p.done();
        decisions.recordAppealOutcome(n, date("decidedOn", body == null ? null : body.decidedOn()), outcome);
        return queries.get(n);
    }

    @POST
    @Path("/{id}/takes-effect")
    @Operation(summary = "Record that the decision has taken effect (after the appeal window or a failed appeal)")
    public ApplicationRecord takesEffect(@PathParam("id") String id) {
        long n = Ids.parse("application", id);
        decisions.takesEffect(n);
        return queries.get(n);
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ValidationFailure.of(field, "Enter a date like 2027-03-27");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of(field, "Enter a real date like 2027-03-27");
        }
    }
}
