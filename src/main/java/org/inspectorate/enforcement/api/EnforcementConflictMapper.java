package org.inspectorate.enforcement.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.inspectorate.enforcement.domain.EnforcementConflict;
import org.inspectorate.shared.api.Problems;

/** A step the case's or action's state (or a clock) does not allow is a 409 Conflict, with the reason. */
@Provider
public class EnforcementConflictMapper implements ExceptionMapper<EnforcementConflict> {

    @Override
    public Response toResponse(EnforcementConflict e) {
        return Problems.response(409, "Conflict", e.getMessage());
    }
}
