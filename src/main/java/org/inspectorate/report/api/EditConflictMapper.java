package org.inspectorate.report.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import org.inspectorate.report.domain.EditConflict;
import org.inspectorate.shared.api.Problem;

/**
 * A refused save is a 409 problem document that carries both texts (theirs as saved, and yours as sent), so
 * the editor can show them side by side and nothing is lost.
 */
@Provider
public class EditConflictMapper implements ExceptionMapper<EditConflict> {

    private static final Jsonb JSON = JsonbBuilder.create();

    public record EditProblem(String type, String title, int status, String detail, String kind, String section,
            int currentVersion, String currentHtml, String currentAuthor, Instant currentSavedAt, String yourHtml,
            String leaseHolder, Instant leaseExpiresAt) {
    }

    @Override
    public Response toResponse(EditConflict e) {
        EditProblem p = new EditProblem("about:blank", "Edit conflict", 409, e.getMessage(), e.kind().name(),
                e.section().name(), e.currentVersion(), e.currentHtml(), e.currentAuthor(), e.currentSavedAt(),
                e.yourHtml(), e.leaseHolder(), e.leaseExpiresAt());
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(JSON.toJson(p)).build();
    }
}
