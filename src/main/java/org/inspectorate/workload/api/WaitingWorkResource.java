package org.inspectorate.workload.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.shared.api.PagedResponse;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.work.WorkKind;
import org.inspectorate.triage.domain.Team;
import org.inspectorate.workload.application.WaitingWork;
import org.inspectorate.workload.application.WaitingWorkRow;

/** Managers: the work held by people who are away, suspended or gone, and giving it to someone else. */
@Path("/staff/waiting-work")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("STAFF")
@Tag(name = "Absence and waiting work")
public class WaitingWorkResource {

    @Inject
    WaitingWork work;

    public record ItemBody(String kind, Long id, Integer version) {
    }

    public record ReassignBody(Long toStaffId, List<ItemBody> items) {
    }

    @GET
    @Operation(summary = "Open work held by people away today or within 14 days, suspended or ended (managers)."
            + " Paged; by when the absence starts, then the person, then the due date.")
    public PagedResponse<WaitingWorkRow> list(@QueryParam("team") String team, @QueryParam("ownerId") String ownerId,
            @QueryParam("page") String page, @QueryParam("perPage") String perPage) {
        QueryParams p = new QueryParams();
        Team t = p.enumValue("team", team, Team.class);
        int owner = p.integer("ownerId", ownerId, 0, 0, Integer.MAX_VALUE);
        var request = p.page(page, perPage);
        p.done();
        return PagedResponse.of(work.page(t == null ? null : t.name(), owner == 0 ? null : (long) owner, request));
    }

    @POST
    @Path("/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give items to one member of staff (managers): one, or up to 100 at a time",
            description = "items: [{kind, id, version}], kind one of TRIAGE_ITEM, REPORT, APPLICATION,"
                    + " ENFORCEMENT_CASE, PLANNED_ASSESSMENT, ASSESSMENT. Each item moves by its own rules and is audited there;"
                    + " the answer says, by item, whether it moved or why not.")
    public WaitingWork.Result reassign(ReassignBody b) {
        if (b == null) {
            throw ValidationFailure.of("items", "Send a JSON object with toStaffId and items");
        }
        List<WaitingWork.Item> items = new ArrayList<>();
        if (b.items() != null) {
            for (ItemBody i : b.items()) {
                WorkKind kind = i == null ? null : kind(i.kind());
                if (kind == null || i.id() == null) {
                    throw ValidationFailure.of("items", "Give each item a kind (one of " + java.util.Arrays.stream(
                            WorkKind.values()).map(Enum::name).collect(java.util.stream.Collectors.joining(", "))
                            + ") and its id");
                }
                items.add(new WaitingWork.Item(kind, i.id(), i.version() == null ? 0 : i.version()));
            }
        }
        return work.reassign(items, b.toStaffId());
    }

    /** The kind named, or null for a missing or unknown one (the caller answers with the list of kinds). */
    private static WorkKind kind(String raw) {
        return new QueryParams().enumValue("kind", raw, WorkKind.class);
    }
}
