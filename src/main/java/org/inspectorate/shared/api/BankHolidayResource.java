package org.inspectorate.shared.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.Validation;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.time.BankHolidays;

/** England's bank holidays used by working-day clocks; administrators maintain future years. */
@Path("/staff/bank-holidays")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class BankHolidayResource {

    @Inject
    BankHolidays holidays;

    @Inject
    BankHolidayChanges changes;

    public record Name(String name) {
    }

    @GET
    @Operation(summary = "Bank holidays in England")
    public List<BankHolidays.Holiday> list() {
        return holidays.list();
    }

    @PUT
    @Path("/{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMINISTRATOR")
    @Operation(summary = "Add or rename a bank holiday")
    public Response put(@PathParam("day") String day, Name body) {
        LocalDate date = parse(day);
        new Validation().requireText(body == null ? null : body.name(), "name", "the holiday's name", 100)
                .throwIfInvalid();
        changes.add(date, body.name().strip());
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{day}")
    @RolesAllowed("ADMINISTRATOR")
    @Operation(summary = "Remove a bank holiday")
    public Response delete(@PathParam("day") String day) {
        LocalDate date = parse(day);
        if (!changes.remove(date)) {
            throw new NotFound("bank holiday", day);
        }
        return Response.noContent().build();
    }

    private static LocalDate parse(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of("day", "The day must be a date like 2029-01-01");
        }
    }

    /** Changes and their audit records, in one transaction. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class BankHolidayChanges {

        @Inject
        BankHolidays holidays;

        @Inject
        AuditLog audit;

        @jakarta.transaction.Transactional
        public void add(LocalDate day, String name) {
            holidays.add(day, name);
            audit.record("BANK_HOLIDAY_SET", "BankHoliday", day.toString(), null, java.util.Map.of("name", name), null);
        }

        @jakarta.transaction.Transactional
        public boolean remove(LocalDate day) {
            boolean removed = holidays.remove(day);
            if (removed) {
                audit.record("BANK_HOLIDAY_REMOVED", "BankHoliday", day.toString(), null);
            }
            return removed;
        }
    }
}
