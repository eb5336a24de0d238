package org.inspectorate.files.api;

import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.inspectorate.files.application.FileInfo;
import org.inspectorate.files.application.FileScope;
import org.inspectorate.files.application.FileStore;
import org.inspectorate.shared.api.Problems;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.ValidationFailure;

/**
 * The resumable-upload protocol (in the manner of tus), shared by every resource that takes uploads: declare
 * the file (POST, 201 with its address and {@code Upload-Offset: 0}), send its bytes in PATCH requests each
 * starting at the offset already received, ask where to resume (HEAD). Each resource supplies where its
 * uploads live and the owner scope its caller was authorised for (null: the signed-in caller's organisation).
 */
public final class ResumableUploads {

    public static final String OFFSET = "Upload-Offset";

    /** What a client declares before sending the bytes. */
    public record Declaration(String name, String type, Long size) {
    }

    private final FileStore files;
    private final String basePath;
    private final FileScope scope;

    public ResumableUploads(FileStore files, String basePath, FileScope scope) {
        this.files = files;
        this.basePath = basePath;
        this.scope = scope;
    }

    public Response begin(Declaration d) {
        if (d == null || d.size() == null) {
            throw ValidationFailure.of("size", "Send the file's name, type and size in bytes");
        }
        FileInfo info = files.begin(scope, d.name(), d.type(), d.size());
        return Response.created(URI.create(basePath + "/" + info.id())).header(OFFSET, 0).entity(info).build();
    }

    public Response append(UUID id, Long offset, Long length, InputStream body) {
        if (offset == null || offset < 0) {
            throw ValidationFailure.of("offset", "Send the Upload-Offset header: where this part starts");
        }
        if (length == null || length <= 0) {
            throw ValidationFailure.of("file", "Send the part's length in Content-Length");
        }
        FileInfo info = files.append(scope, id, offset, length, body);
        if ("REJECTED".equals(info.status())) {
            return Problems.invalid(List.of(new FieldError("file", info.rejection())));
        }
        return Response.ok(info).header(OFFSET, info.received()).build();
    }

    public Response offset(UUID id) {
        FileInfo info = info(id);
        return Response.ok().header(OFFSET, info.received()).header("Upload-Length", info.size()).build();
    }

    public FileInfo info(UUID id) {
        return scope == null ? files.info(id) : files.info(scope, id);
    }
}
