package org.inspectorate.triage.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.inspectorate.shared.api.Problems;
import org.inspectorate.triage.domain.TriageConflict;

/** An action the item's state does not allow is a 409 Conflict, with the reason. */
@Provider
public class TriageConflictMapper implements ExceptionMapper<TriageConflict> {

    @Override
    public Response toResponse(TriageConflict e) {
        return Problems.response(409, "Conflict", e.getMessage());
    }
}
