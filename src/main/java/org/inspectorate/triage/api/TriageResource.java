package org.inspectorate.triage.api;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.Validation;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.triage.application.Backlog;
import org.inspectorate.triage.application.ItemRecord;
import org.inspectorate.triage.application.QueueRow;
import org.inspectorate.triage.application.TriageQueries;
import org.inspectorate.triage.application.TriageService;
import org.inspectorate.triage.domain.Outcome;
import org.inspectorate.triage.domain.QueueFilter;
import org.inspectorate.triage.domain.Team;
import org.inspectorate.triage.domain.TriageState;

/**
 * The triage queues for staff. Every action names the item's version as loaded; if someone changed the item
 * since, the action is refused with 409 rather than silently overriding theirs.
 */
@Path("/staff/triage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("STAFF")
@Tag(name = "Triage")
public class TriageResource {

    @Inject
    TriageQueries queries;

    @Inject
    TriageService triage;

    /** The body of an action on one item; which fields matter depends on the action. */
    public record Action(Integer version, Long assigneeId, String outcome, String reasons, String locationId) {
    }

    /** The body of a bulk action: ASSIGN (assigneeId), DECIDE (outcome, reasons) or LINK (locationId). */
    public record BulkAction(String action, List<Long> items, Long assigneeId, String outcome, String reasons,
            String locationId) {
    }

    public record Changed(int changed) {
    }

    @GET
    @Operation(summary = "A triage queue: open items, highest risk first, then soonest due",
            description = "Filters: team, region (or NONE), state (NEW, ASSIGNED, AWAITING_INFORMATION), assignee (staff"
                    + " user id), pastDue=true (overdue items, oldest due first); sort=oldest orders by the time"
                    + " received, longest waiting first (sort=risk, the default: highest risk first). Paged.")
    public PagedResponse<QueueRow> queue(@QueryParam("team") String team, @QueryParam("region") String region,
            @QueryParam("state") String state, @QueryParam("assignee") String assignee,
            @QueryParam("pastDue") String pastDue, @QueryParam("sort") String sort, @QueryParam("page") String page,
            @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        Team t = p.enumValue("team", team, Team.class);
        String r = null;
        if (region != null && !region.isBlank()) {
            r = QueueFilter.NO_REGION.equalsIgnoreCase(region.strip()) ? QueueFilter.NO_REGION
                    : name(p.enumValue("region", region, Region.class));
        }
        TriageState s = p.enumValue("state", state, TriageState.class);
        int a = p.integer("assignee", assignee, 0, 1, Integer.MAX_VALUE);
        QueueSort order = p.enumValue("sort", sort, QueueSort.class);
        PageRequest request = p.page(page, perPage);
        p.done();
        if (s == TriageState.CLOSED) {
            throw ValidationFailure.of("state", "Queues hold open items; find closed ones on a location's timeline");
        }
        return PagedResponse.of(queries.queue(new QueueFilter(t, r, s, a == 0 ? null : (long) a,
                "true".equalsIgnoreCase(pastDue), order == QueueSort.OLDEST), request));
    }

    /** The orders a queue can be read in. */
    public enum QueueSort { RISK, OLDEST }

    @GET
    @Path("/backlog")
    @Operation(summary = "The backlog: open items by queue, state and age band, oldest item and items past due")
    public Backlog backlog() {
        return queries.backlog();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One item, with its risk working, decisions and what its source says (read audited)")
    public ItemRecord item(@PathParam("id") long id) {
        return queries.item(id).orElseThrow(() -> new NotFound("triage item", String.valueOf(id)));
    }

    @POST
    @Path("/{id}/claim")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a new item for yourself")
    public ItemRecord claim(@PathParam("id") long id, Action a) {
        triage.claim(id, version(a));
        return item(id);
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign or reassign an item (to someone else: managers)")
    public ItemRecord assign(@PathParam("id") long id, Action a) {
        int v = version(a);
        if (a.assigneeId() == null) {
            throw ValidationFailure.of("assigneeId", "Send the staff user id to assign to");
        }
        triage.assign(id, v, a.assigneeId());
        return item(id);
    }

    @POST
    @Path("/{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give an assigned item back to its queue")
    public ItemRecord release(@PathParam("id") long id, Action a) {
        triage.release(id, version(a));
        return item(id);
    }

    @POST
    @Path("/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an outcome with reasons", description = "REQUEST_INFORMATION keeps the item open, awaiting"
            + " the provider; every other outcome closes it.")
    public ItemRecord decide(@PathParam("id") long id, Action a) {
        int v = version(a);
        triage.decide(id, v, outcome(a.outcome()), a.reasons());
        return item(id);
    }

    @POST
    @Path("/{id}/information-received")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The information requested from the provider has arrived")
    public ItemRecord informationReceived(@PathParam("id") long id, Action a) {
        triage.informationReceived(id, version(a));
        return item(id);
    }

    @POST
    @Path("/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopen a closed item, with reasons")
    public ItemRecord reopen(@PathParam("id") long id, Action a) {
        triage.reopen(id, version(a), a.reasons());
        return item(id);
    }

    @POST
    @Path("/{id}/location")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link a concern to the location it is about; it moves to that location's queue")
    public ItemRecord link(@PathParam("id") long id, Action a) {
        triage.linkToLocation(id, version(a), a.locationId());
        return item(id);
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Act on up to 100 items at once (managers): all or nothing")
    public Changed bulk(BulkAction b) {
        new Validation().require(b != null && b.action() != null, "action", "Send the action: ASSIGN, DECIDE or LINK")
                .throwIfInvalid();
        return new Changed(switch (b.action().strip().toUpperCase(java.util.Locale.ROOT)) {
            case "ASSIGN" -> {
                if (b.assigneeId() == null) {
                    throw ValidationFailure.of("assigneeId", "Send the staff user id to assign to");
                }
                yield triage.bulkAssign(b.items(), b.assigneeId());
            }
            case "DECIDE" -> triage.bulkDecide(b.items(), outcome(b.outcome()), b.reasons());
            case "LINK" -> triage.bulkLink(b.items(), b.locationId());
            default -> throw ValidationFailure.of("action", "The action must be ASSIGN, DECIDE or LINK");
        });
    }

    private static int version(Action a) {
        if (a == null || a.version() == null) {
            throw ValidationFailure.of("version", "Send the item's version as you loaded it");
        }
        return a.version();
    }

    private static Outcome outcome(String raw) {
        QueryParams p = new QueryParams();
        Outcome o = p.enumValue("outcome", raw, Outcome.class);
        p.done();
        if (o == null) {
            throw ValidationFailure.of("outcome", "Choose an outcome: " + String.join(", ",
                    java.util.Arrays.stream(Outcome.values()).map(Enum::name).toList()));
        }
        return o;
    }

    private static String name(Region r) {
        return r == null ? null : r.name();
    }
}
