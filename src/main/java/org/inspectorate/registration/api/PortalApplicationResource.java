package org.inspectorate.registration.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.registration.application.ApplicationQueries;
import org.inspectorate.registration.application.ApplicationRecord;
import org.inspectorate.registration.application.ApplicationService;
import org.inspectorate.registration.application.ApplicationSummary;
import org.inspectorate.registration.domain.ApplicationType;
import org.inspectorate.registration.domain.DocumentKind;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.Problems;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;

/**
 * Your organisation's registration applications: start one, save its sections (answers are always kept;
 * problems come back field by field), add documents uploaded through {@code /api/v1/files}, submit with the
 * declaration, answer requests for information, withdraw.
 */
@Path("/portal/registration/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registration")
public class PortalApplicationResource {

    @Inject
    ApplicationService service;

    @Inject
    ApplicationQueries queries;

    public record StartJson(String type, String locationId) {
    }

    public record DocumentJson(String kind, String fileId) {
    }

    public record SubmitJson(Boolean declaration) {
    }

    public record AnswerJson(String answer) {
    }

    @GET
    @Operation(summary = "Your organisation's applications, most recently changed first", description = "Paged.")
    public PagedResponse<ApplicationSummary> list(@QueryParam("page") String page, @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        PageRequest request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(queries.ofCallerOrganisation(request));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an application", description = "type: one of the application types; locationId for "
            + "types about an existing location. The draft is pre-filled from the register.")
    public Response start(StartJson body) {
        QueryParams p = new QueryParams();
        ApplicationType type = body == null ? null : p.enumValue("type", body.type(), ApplicationType.class);
        p.done();
        long id = service.start(type, body == null ? null : body.locationId());
        return Response.created(URI.create("/api/v1/portal/registration/applications/" + id))
                .entity(queries.get(id)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One application with its task list, documents, requests and notices")
    public ApplicationRecord get(@PathParam("id") String id) {
        return queries.get(Ids.parse("application", id));
    }

    @PUT
    @Path("/{id}/sections/{section}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a section's answers",
            description = "The answers are saved even when some are wrong; then the response is a problem with field errors.")
    public Response save(@PathParam("id") String id, @PathParam("section") String section, Map<String, String> answers) {
        ApplicationService.SectionResult r = service.saveSection(Ids.parse("application", id), section,
                answers == null ? Map.of() : answers);
        if (!r.errors().isEmpty()) {
            return Problems.invalid(r.errors());
        }
        return Response.ok(r).build();
    }

    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an uploaded file as a document", description = "kind: STATEMENT_OF_PURPOSE, "
            + "QUALITY_POLICY, SAFEGUARDING_POLICY or OTHER; fileId from /api/v1/files once stored.")
    public Response attach(@PathParam("id") String id, DocumentJson body) {
        QueryParams p = new QueryParams();
        DocumentKind kind = body == null ? null : p.enumValue("kind", body.kind(), DocumentKind.class);
        p.done();
        service.attach(Ids.parse("application", id), kind, uuid(body == null ? null : body.fileId()));
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}/documents/{fileId}")
    @Operation(summary = "Remove a document")
    public Response detach(@PathParam("id") String id, @PathParam("fileId") String fileId) {
        service.detach(Ids.parse("application", id), uuid(fileId));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit with the declaration", description = "Refused, naming each incomplete section, until all are complete.")
    public ApplicationRecord submit(@PathParam("id") String id, SubmitJson body) {
        long n = Ids.parse("application", id);
        service.submit(n, body != null && Boolean.TRUE.equals(body.declaration()));
        return queries.get(n);
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "Withdraw the application")
    public ApplicationRecord withdraw(@PathParam("id") String id) {
        long n = Ids.parse("application", id);
        service.withdraw(n);
        return queries.get(n);
    }

    @POST
    @Path("/{id}/requests/{requestId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a request for information")
    public ApplicationRecord answer(@PathParam("id") String id, @PathParam("requestId") String requestId,
            AnswerJson body) {
        long n = Ids.parse("application", id);
        service.answer(n, Ids.parse("request", requestId), body == null ? null : body.answer());
        return queries.get(n);
    }

    private static UUID uuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationFailure.of("fileId", "Give the id of an uploaded file");
        }
    }
}
