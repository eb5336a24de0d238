package org.inspectorate.registration.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.inspectorate.registration.domain.DocumentKind;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.notice.application.RepresentationRecord;
import org.inspectorate.registration.application.ApplicantNotice;
import org.inspectorate.registration.application.ApplicantService;
import org.inspectorate.registration.application.ApplicationRecord;
import org.inspectorate.registration.application.ApplicationService;
import org.inspectorate.shared.api.Problems;

/**
 * A new provider's application, for the applicant (no account): start one, ask for the link again, then,
 * with the link's token in the {@code Applicant-Token} header, read it, save sections, submit and answer
 * requests for information, add and remove documents (uploaded at {@code /applicant/application/files}), read
 * notices and make representations. A wrong token is 404; an expired or replaced one 410.
 */
@Path("/applicant")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registration")
public class ApplicantResource {

    static final String GENERIC = "If the details are right, we have emailed a link to your application.";

    @Inject
    ApplicantService service;

    public record StartJson(String name, String email, String providerType) {
    }

    public record LinkJson(String email) {
    }

    public record SubmitJson(Boolean declaration) {
    }

    public record AnswerJson(String answer) {
    }

    @POST
    @Path("/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a new provider's application", description = "providerType: INDIVIDUAL, "
            + "PARTNERSHIP or ORGANISATION. The personal link is emailed to the address given.")
    public Response start(StartJson body) {
        service.start(body == null ? null : body.name(), body == null ? null : body.email(),
                body == null ? null : body.providerType());
        return Response.accepted(Map.of("message", GENERIC)).build();
    }

    @POST
    @Path("/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send my link again", description = "The same answer whether or not the address applied.")
    public Response resend(LinkJson body) {
        service.resend(body == null ? null : body.email());
        return Response.accepted(Map.of("message", GENERIC)).build();
    }

    @GET
    @Path("/application")
    @Operation(summary = "The application the token opens")
    public ApplicationRecord get(@HeaderParam("Applicant-Token") String token) {
        return service.view(token);
    }

    @PUT
    @Path("/application/sections/{section}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a section's answers", description = "Saved even when some are wrong; then a problem"
            + " with field errors.")
    public Response save(@HeaderParam("Applicant-Token") String token, @PathParam("section") String section,
            Map<String, String> answers) {
        ApplicationService.SectionResult r = service.saveSection(token, section, answers == null ? Map.of() : answers);
        if (!r.errors().isEmpty()) {
            return Problems.invalid(r.errors());
        }
        return Response.ok(r).build();
    }

    @POST
    @Path("/application/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit with the declaration")
    public ApplicationRecord submit(@HeaderParam("Applicant-Token") String token, SubmitJson body) {
        service.submit(token, body != null && Boolean.TRUE.equals(body.declaration()));
        return service.view(token);
    }

    public record DocumentJson(String kind, String fileId) {
    }

    public record RepresentationJson(String text) {
    }

    @GET
    @Path("/application/notices")
    @Operation(summary = "Notices addressed to the applicant", description = "A notice of proposal (28 days for"
            + " written representations), a notice of decision (28 days to appeal, then it takes effect), with the"
            + " representations made.")
    public java.util.List<ApplicantNotice> notices(@HeaderParam("Applicant-Token") String token) {
        return service.notices(token);
    }

    @GET
    @Path("/application/notices/{notice}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "A notice's PDF as served", description = "The token in the Applicant-Token header, or in"
            + " the token query parameter (for a link on the applicant's notice page).")
    public Response pdf(@HeaderParam("Applicant-Token") String token, @jakarta.ws.rs.QueryParam("token") String query,
            @PathParam("notice") String notice) {
        var pdf = service.noticePdf(token != null ? token : query, Ids.parse("notice", notice));
        return Response.ok(pdf.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/application/notices/{notice}/representations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make written representations on a notice of proposal", description = "Refused once the"
            + " 28 days have passed or the notice is closed.")
    public Response represent(@HeaderParam("Applicant-Token") String token, @PathParam("notice") String notice,
            RepresentationJson body) {
        RepresentationRecord r = service.represent(token, Ids.parse("notice", notice), body == null ? null
                : body.text());
        return Response.status(Response.Status.CREATED).entity(r).build();
    }

    @POST
    @Path("/application/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an uploaded file as a document", description = "kind: STATEMENT_OF_PURPOSE,"
            + " SAFEGUARDING_POLICY, QUALITY_POLICY or OTHER; fileId: a file uploaded at"
            + " /api/v1/applicant/application/files with the same token.")
    public ApplicationRecord attach(@HeaderParam("Applicant-Token") String token, DocumentJson body) {
        DocumentKind kind = body == null || body.kind() == null ? null : java.util.Arrays.stream(DocumentKind.values())
                .filter(k -> k.name().equals(body.kind())).findFirst().orElse(null);
        UUID file = body == null ? null : parseUuid(body.fileId());
        service.attach(token, kind, file);
        return service.view(token);
    }

    @DELETE
    @Path("/application/documents/{fileId}")
    @Operation(summary = "Remove a document")
    public ApplicationRecord detach(@HeaderParam("Applicant-Token") String token, @PathParam("fileId") String fileId) {
        UUID file = parseUuid(fileId);
        if (file == null) {
            throw new org.inspectorate.shared.domain.NotFound("document", String.valueOf(fileId));
        }
        service.detach(token, file);
        return service.view(token);
    }

    private static UUID parseUuid(String v) {
        try {
            return v == null ? null : UUID.fromString(v.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @POST
    @Path("/application/requests/{request}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a request for information")
    public ApplicationRecord answer(@HeaderParam("Applicant-Token") String token,
            @PathParam("request") String request, AnswerJson body) {
        service.answer(token, Ids.parse("request", request), body == null ? null : body.answer());
        return service.view(token);
    }
}
