package org.inspectorate.workload.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.workload.application.AbsenceRecord;
import org.inspectorate.workload.application.AbsenceService;

/** Staff absence: one's own, or anyone's for managers. */
@Path("/staff/absences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("STAFF")
@Tag(name = "Absence and waiting work")
public class AbsenceResource {

    @Inject
    AbsenceService absences;

    public record NewAbsence(Long staffId, String startsOn, String endsOn) {
    }

    @GET
    @Operation(summary = "Absences not over yet, soonest first: everyone's for managers, one's own otherwise. Paged.")
    public PagedResponse<AbsenceRecord> list(@QueryParam("page") String page, @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        var request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(absences.current(request));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an absence (from startsOn to endsOn, inclusive, dates like 2027-01-04)",
            description = "staffId: someone else (managers only); leave it out for one's own. While it lasts, and"
                    + " from 14 days before, the person's open work is on the waiting-work list.")
    public Response record(NewAbsence b) {
        if (b == null) {
            throw ValidationFailure.of("startsOn", "Send a JSON object with startsOn and endsOn");
        }
        var errors = new java.util.ArrayList<FieldError>();
        LocalDate from = date("startsOn", b.startsOn(), errors);
        LocalDate to = date("endsOn", b.endsOn(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        return Response.status(Response.Status.CREATED).entity(absences.record(b.staffId(), from, to)).build();
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel an absence not over yet (one's own, or anyone's for managers)")
    public AbsenceRecord cancel(@PathParam("id") long id) {
        return absences.cancel(id);
    }

    private static LocalDate date(String field, String value, java.util.List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, field + " must be a real date like 2027-01-04"));
            return null;
        }
    }
}
