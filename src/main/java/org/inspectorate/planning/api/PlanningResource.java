package org.inspectorate.planning.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.enforcement.application.EnforcementStaff;
import org.inspectorate.planning.application.CapacityRow;
import org.inspectorate.planning.application.PlanRow;
import org.inspectorate.planning.application.PlanningService;
import org.inspectorate.planning.application.RiskBatch;
import org.inspectorate.planning.application.RiskQueries;
import org.inspectorate.planning.application.RiskView;
import org.inspectorate.planning.application.ScheduleQueries;
import org.inspectorate.planning.domain.AssessmentKind;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.triage.domain.Team;

/** Risk-based planning for staff: the risk view with reasons, re-inspection deadlines, the schedule and capacity. */
@Path("/staff/planning")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("STAFF")
@Tag(name = "Planning")
public class PlanningResource {

    @Inject
    RiskQueries risk;

    @Inject
    ScheduleQueries schedule;

    @Inject
    PlanningService planning;

    @Inject
    RiskBatch batch;

    @Inject
    EnforcementStaff access;

    public record Plan(String locationId, Long inspectorId, String plannedOn, String kind, String note) {
    }

    public record Step(Integer version, String assessmentId, String reasons) {
    }

    public record Allocation(Integer version, Long inspectorId) {
    }

    public record CapacityBody(Integer perMonth) {
    }

    public record RefreshStatus(boolean running, Instant lastCompleted) {
    }

    @GET
    @Path("/risk")
    @Operation(summary = "The risk view: locations highest score first, each with its reasons", description =
            "Filters: team, region. Paged. Positions are kept current by events and a periodic batch.")
    public PagedResponse<RiskView> riskView(@QueryParam("team") String team, @QueryParam("region") String region,
            @QueryParam("page") String page, @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        Team t = p.enumValue("team", team, Team.class);
        Region r = p.enumValue("region", region, Region.class);
        PageRequest request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(risk.page(t == null ? null : t.name(), r == null ? null : r.name(), request));
    }

    @GET
    @Path("/risk/{locationId}")
    @Operation(summary = "One location's risk position, recomputed now, with its reasons")
    public RiskView location(@PathParam("locationId") String locationId) {
        return risk.location(locationId).orElseThrow(() -> new NotFound("registered location", locationId));
    }

    @POST
    @Path("/risk/refresh")
    @Operation(summary = "Recompute every location's risk position now, in the background (managers)")
    public Response refresh() {
        access.requireManager("refresh the risk view", "LocationRisk", null);
        batch.startNow();
        return Response.accepted(status()).build();
    }

    @GET
    @Path("/risk/refresh")
    @Operation(summary = "Whether a full refresh is running, and when the last one finished")
    public RefreshStatus status() {
        return new RefreshStatus(batch.running(), batch.lastCompleted());
    }

    @GET
    @Path("/reinspections")
    @Operation(summary = "Re-inspection deadlines (Inadequate rating or special measures), soonest first",
            description = "overdue=true: only those past their deadline. Paged.")
    public PagedResponse<RiskView> reinspections(@QueryParam("overdue") String overdue, @QueryParam("page") String page,
            @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        PageRequest request = p.page(page, perPage);
        p.done();
        boolean only = "true".equalsIgnoreCase(overdue);
        return PagedResponse.of(new org.inspectorate.shared.domain.Page<>(risk.reinspections(only, request),
                risk.countReinspections(only), request));
    }

    @GET
    @Path("/assessments")
    @Operation(summary = "The schedule: a month's planned assessments (month=2026-12), by date; filters team, region")
    public PagedResponse<PlanRow> assessments(@QueryParam("month") String month, @QueryParam("team") String team,
            @QueryParam("region") String region, @QueryParam("page") String page, @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        Team t = p.enumValue("team", team, Team.class);
        Region r = p.enumValue("region", region, Region.class);
        PageRequest request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(schedule.page(month(month), t == null ? null : t.name(), r == null ? null : r.name(),
                request));
    }

    @POST
    @Path("/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan an assessment of a location (managers), within the inspector's monthly capacity")
    public Response plan(Plan b) {
        if (b == null) {
            throw ValidationFailure.of("locationId", "Send the plan");
        }
        QueryParams p = new QueryParams();
        AssessmentKind kind = p.enumValue("kind", b.kind(), AssessmentKind.class);
        p.done();
        long id = planning.plan(b.locationId(), b.inspectorId(), date("plannedOn", b.plannedOn()), kind, b.note());
        return Response.status(201).entity(plan(id)).build();
    }

    @GET
    @Path("/assessments/{id}")
    @Operation(summary = "One planned assessment")
    public PlanRow plan(@PathParam("id") long id) {
        return schedule.plan(id).orElseThrow(() -> new NotFound("planned assessment", String.valueOf(id)));
    }

    @POST
    @Path("/assessments/{id}/start")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The assessment has started; assessmentId names the assessment it became, when known")
    public PlanRow start(@PathParam("id") long id, Step b) {
        planning.start(id, version(b), b.assessmentId());
        return plan(id);
    }

    @POST
    @Path("/assessments/{id}/allocate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Allocate (or reallocate) the inspector who leads a planned assessment (managers, within"
            + " capacity); plans escalated from triage wait for this")
    public PlanRow allocate(@PathParam("id") long id, Allocation b) {
        if (b == null || b.version() == null) {
            throw ValidationFailure.of("version", "Send the version as you loaded it");
        }
        planning.allocate(id, b.version(), b.inspectorId());
        return plan(id);
    }

    @POST
    @Path("/assessments/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a planned assessment, with reasons (managers)")
    public PlanRow cancel(@PathParam("id") long id, Step b) {
        planning.cancel(id, version(b), b.reasons());
        return plan(id);
    }

    @GET
    @Path("/capacity")
    @Operation(summary = "Each inspector's planned assessments against capacity in a month (month=2026-12)")
    public List<CapacityRow> capacity(@QueryParam("month") String month) {
        return schedule.capacity(month(month));
    }

    @PUT
    @Path("/capacity/{staffId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an inspector's capacity: assessments a month (managers)")
    public List<CapacityRow> setCapacity(@PathParam("staffId") long staffId, CapacityBody b) {
        planning.setCapacity(staffId, b == null ? null : b.perMonth());
        return schedule.capacity(YearMonth.now());
    }

    private static int version(Step b) {
        if (b == null || b.version() == null) {
            throw ValidationFailure.of("version", "Send the version as you loaded it");
        }
        return b.version();
    }

    private static YearMonth month(String raw) {
        if (raw == null || raw.isBlank()) {
            return YearMonth.now();
        }
        try {
            return YearMonth.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of("month", "month must be like 2026-12");
        }
    }

    private static LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of(field, field + " must be a date like 2026-12-01");
        }
    }
}
