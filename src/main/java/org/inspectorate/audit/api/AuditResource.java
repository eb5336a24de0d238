package org.inspectorate.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.audit.application.AuditChainVerifier;
import org.inspectorate.audit.application.AuditQueries;
import org.inspectorate.audit.domain.AuditSearch;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;

@Path("/staff/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditQueries audit;

    @Inject
    AuditChainVerifier verifier;

    @GET
    @Path("verify")
    @Operation(summary = "Check the audit trail's hash chains (administrators)",
            description = "Recomputes every link; reports the first broken one of each chain and rows in no chain.")
    public ChainReport verify() {
        return ChainReport.of(verifier.verify());
    }

    @GET
    @Operation(summary = "Search the audit trail (administrators)", description = "Newest first, paged.")
    public PagedResponse<AuditRecord> search(@QueryParam("person") String person,
            @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        AuditSearch search = new AuditSearch(p.text("person", person, 254), p.text("entityType", entityType, 40),
                p.text("entityId", entityId, 64), p.text("action", action, 60), date("from", from), date("to", to));
        PageRequest pageRequest = p.page(page, perPage);
        p.done();
        return PagedResponse.of(audit.search(search, pageRequest).map(AuditRecord::of));
    }

    private static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of(name, name + " must be a date like 2026-11-23");
        }
    }
}
