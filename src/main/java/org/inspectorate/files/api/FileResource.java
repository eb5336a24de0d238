package org.inspectorate.files.api;

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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.files.application.FileInfo;
import org.inspectorate.files.application.FileStore;

/**
 * Resumable uploads in the manner of the tus protocol: declare the file, then send its bytes in one or
 * more PATCH requests, each starting at the offset the server reports (HEAD gives it after a break).
 */
@Path("/files")
@RequestScoped
@Tag(name = "Files")
public class FileResource {

    static final String OFFSET = ResumableUploads.OFFSET;

    @Inject
    FileStore files;

    private ResumableUploads uploads() {
        return new ResumableUploads(files, "/api/v1/files", null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an upload", description = "Declare name, MIME type and size in bytes; then PATCH the bytes.")
    public Response begin(ResumableUploads.Declaration d) {
        return uploads().begin(d);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/offset+octet-stream", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the next part of an upload", description = "Upload-Offset must equal the bytes already received.")
    public Response append(@PathParam("id") UUID id, @HeaderParam(OFFSET) Long offset,
            @HeaderParam("Content-Length") Long length, InputStream body) {
        return uploads().append(id, offset, length, body);
    }

    @HEAD
    @Path("/{id}")
    @Operation(summary = "How much of an upload has arrived")
    public Response offset(@PathParam("id") UUID id) {
        return uploads().offset(id);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A file's details and checks")
    public FileInfo info(@PathParam("id") UUID id) {
        return files.info(id);
    }

    @GET
    @Path("/{id}/content")
    @Operation(summary = "Download a stored file")
    public Response content(@PathParam("id") UUID id) {
        FileInfo info = files.info(id);
        StreamingOutput body = out -> files.copyTo(id, out);
        return Response.ok(body, info.type())
                .header("Content-Disposition", "attachment; filename=\"" + info.name().replaceAll("[\"\\\\\\r\\n]", "_") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
