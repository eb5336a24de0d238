package org.inspectorate.report.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.inspectorate.report.domain.ReportConflict;
import org.inspectorate.shared.api.Problems;

/** A move or edit the report's state does not allow is a 409 Conflict, with the reason. */
@Provider
public class ReportConflictMapper implements ExceptionMapper<ReportConflict> {

    @Override
    public Response toResponse(ReportConflict e) {
        return Problems.response(409, "Conflict", e.getMessage());
    }
}
