package org.inspectorate.registration.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.files.api.ResumableUploads;
import org.inspectorate.files.application.FileInfo;
import org.inspectorate.files.application.FileStore;
import org.inspectorate.registration.application.ApplicantService;

/**
 * Resumable uploads of a new provider's documents, authorised by the applicant's token (no account): the same
 * protocol as {@code /api/v1/files}, the files owned by the application, so no one else can read or attach them.
 * Then add one as a document with {@code POST /api/v1/applicant/application/documents}.
 */
@Path("/applicant/application/files")
@RequestScoped
@Tag(name = "Registration")
public class ApplicantFileResource {

    static final String BASE = "/api/v1/applicant/application/files";

    @Inject
    ApplicantService applicants;

    @Inject
    FileStore files;

    private ResumableUploads uploads(String token) {
        return new ResumableUploads(files, BASE, applicants.uploadScope(token));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start uploading a document", description = "Declare name, MIME type and size in bytes;"
            + " then PATCH the bytes. Applicant-Token header required.")
    public Response begin(@HeaderParam("Applicant-Token") String token, ResumableUploads.Declaration d) {
        return uploads(token).begin(d);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/offset+octet-stream", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the next part of a document", description = "Upload-Offset must equal the bytes"
            + " already received.")
    public Response append(@HeaderParam("Applicant-Token") String token, @PathParam("id") UUID id,
            @HeaderParam(ResumableUploads.OFFSET) Long offset, @HeaderParam("Content-Length") Long length,
            InputStream body) {
        return uploads(token).append(id, offset, length, body);
    }

    @HEAD
    @Path("/{id}")
    @Operation(summary = "How much of a document has arrived")
    public Response offset(@HeaderParam("Applicant-Token") String token, @PathParam("id") UUID id) {
        return uploads(token).offset(id);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A document's upload details and checks")
    public FileInfo info(@HeaderParam("Applicant-Token") String token, @PathParam("id") UUID id) {
        return uploads(token).info(id);
    }
}
