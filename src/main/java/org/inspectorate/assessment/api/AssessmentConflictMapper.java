package org.inspectorate.assessment.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.inspectorate.assessment.domain.AssessmentConflict;
import org.inspectorate.shared.api.Problems;

/** An action the assessment's state does not allow is a 409 Conflict, with the reason. */
@Provider
public class AssessmentConflictMapper implements ExceptionMapper<AssessmentConflict> {

    @Override
    public Response toResponse(AssessmentConflict e) {
        return Problems.response(409, "Conflict", e.getMessage());
    }
}
