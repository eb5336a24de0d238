package org.inspectorate.workload.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.inspectorate.identity.application.StaffDirectory;
import org.inspectorate.identity.application.StaffDirectory.StaffMember;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.Validation;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.failure.Failure;
import org.inspectorate.shared.failure.Failures;
import org.inspectorate.shared.text.Bounded;
import org.inspectorate.shared.work.OwnedWork;
import org.inspectorate.shared.work.WorkKind;
import org.inspectorate.workload.domain.Absence;
import org.inspectorate.workload.persistence.WaitingWorkRepository;

/**
 * The manager's "work waiting on absent people": every open item held by someone away today or from a day
 * within {@link Absence#NOTICE_DAYS}, or whose account is suspended or ended; and giving items to someone else.
 * Each item moves through its own context's use case and transaction, so one refusal (a conflict, a full month)
 * leaves the others moved, and is reported by the item.
 */
@ApplicationScoped
public class WaitingWork {

    private static final Logger LOG = Logger.getLogger(WaitingWork.class.getName());

    /** The most items one bulk reassignment moves. */
    public static final int MAX_ITEMS = 100;

    /** What to move: the kind, its id and the version the manager saw. */
    public record Item(WorkKind kind, long id, int version) {
    }

    /** The outcome by item: moved, or refused with the reason. */
    public record Outcome(WorkKind kind, long id, boolean moved, String detail) {
    }

    public record Result(String toStaffName, int moved, List<Outcome> items) {
    }

    @Inject
    WaitingWorkRepository work;

    @Inject
    WorkloadAccess access;

    @Inject
    StaffDirectory staff;

    @Inject
    AbsenceService absences;

    @Inject
    Instance<OwnedWork> kinds;

    @Inject
    Clock clock;

    /** @param team a team's people only, or null; @param ownerId one person's work, or null */
    @Transactional
    public Page<WaitingWorkRow> page(String team, Long ownerId, PageRequest page) {
        access.requireManager("see the work waiting on absent people");
        LocalDate today = today();
        Map<WorkKind, OwnedWork> byKind = byKind();
        String inTeam = team == null ? "" : team;
        long of = ownerId == null ? 0 : ownerId;
        List<WaitingWorkRow> rows = work.page(today, horizon(today), inTeam, of, page.offset(), page.size()).stream()
                .map(r -> row(r, byKind.get(r.kind()))).toList();
        return new Page<>(rows, work.count(today, horizon(today), inTeam, of), page);
    }

    @Transactional
    public long count(String team, Long ownerId) {
        access.requireManager("see the work waiting on absent people");
        LocalDate today = today();
        return work.count(today, horizon(today), team == null ? "" : team, ownerId == null ? 0 : ownerId);
    }

    /** Everyone's waiting items, for /metrics (no caller). */
    @Transactional
    public long countAll() {
        LocalDate today = today();
        return work.count(today, horizon(today), "", 0);
    }

    /** Gives the items to one active member of staff who is not away today. Not one transaction: see the class. */
    public Result reassign(List<Item> items, Long toStaffId) {
        access.requireManager("reassign the work of absent people");
        Validation v = new Validation()
                .require(items != null && !items.isEmpty(), "items", "Choose the work to reassign")
                .require(items == null || items.size() <= MAX_ITEMS, "items",
                        "Reassign at most " + MAX_ITEMS + " items at a time")
                .require(items == null || items.stream().allMatch(i -> i != null && i.kind() != null), "items",
                        "Give each item its kind and id")
                .require(toStaffId != null, "toStaffId", "Choose who will take the work");
        v.throwIfInvalid();
        StaffMember to = staff.find(toStaffId).orElseThrow(() -> ValidationFailure.of("toStaffId",
                "Choose an active member of staff"));
        if (absences.awayToday(to.id())) {
            throw ValidationFailure.of("toStaffId", to.name() + " is away today; choose someone who is in");
        }
        Map<WorkKind, OwnedWork> byKind = byKind();
        List<Outcome> out = new ArrayList<>();
        int moved = 0;
        for (Item i : items.stream().distinct().toList()) {
            try {
                byKind.get(i.kind()).reassign(i.id(), i.version(), to.id());
                out.add(new Outcome(i.kind(), i.id(), true, null));
                moved++;
            } catch (RuntimeException e) {
                out.add(new Outcome(i.kind(), i.id(), false, refusal(e)));
            }
        }
        return new Result(to.name(), moved, out);
    }

    /**
     * Why an item was not moved, in words for people: a refusal known to every context, or a context's own (its
     * exceptions carry a message for people); anything else is logged with a reference.
     */
    private static String refusal(RuntimeException e) {
        Failure f = Failures.classify(e);
        if (!f.unexpected()) {
            return f.detail();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("org.inspectorate.") && t.getMessage() != null) {
                return Bounded.of(t.getMessage(), 300);
            }
        }
        String reference = UUID.randomUUID().toString();
        LOG.severe("Reassignment failed, reference " + reference + "\n" + Bounded.trace(e));
        return "It could not be moved; quote reference " + reference + " if you contact support.";
    }

    private WaitingWorkRow row(WaitingWorkRepository.Row r, OwnedWork kind) {
        String status = r.ownerEnded() ? "ENDED" : !r.ownerActive() ? "SUSPENDED" : "AWAY";
        boolean dueWhileAway = r.awayFrom() != null && r.dueOn() != null && !r.dueOn().isBefore(r.awayFrom())
                && !r.dueOn().isAfter(r.awayTo());
        return new WaitingWorkRow(r.kind(), r.id(), r.version(), r.reference(), r.locationName(), r.dueOn(),
                r.ownerId(), r.ownerName(), status, r.awayFrom(), r.awayTo(), dueWhileAway,
                kind.path(r.id(), r.dueOn()));
    }

    private Map<WorkKind, OwnedWork> byKind() {
        Map<WorkKind, OwnedWork> m = new EnumMap<>(WorkKind.class);
        kinds.forEach(k -> m.put(k.kind(), k));
        return m;
    }

    private static LocalDate horizon(LocalDate today) {
        return today.plusDays(Absence.NOTICE_DAYS);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Absence.ZONE));
    }
}
