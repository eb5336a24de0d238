package org.inspectorate.planning.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.inspectorate.planning.domain.PlanningConflict;
import org.inspectorate.shared.api.Problems;

/** A plan refused by its state or an inspector's capacity is a 409 Conflict, with the reason. */
@Provider
public class PlanningConflictMapper implements ExceptionMapper<PlanningConflict> {

    @Override
    public Response toResponse(PlanningConflict e) {
        return Problems.response(409, "Conflict", e.getMessage());
    }
}
