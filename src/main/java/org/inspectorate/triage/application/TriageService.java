package org.inspectorate.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.application.StaffDirectory;
import org.inspectorate.identity.application.StaffDirectory.StaffMember;
import org.inspectorate.registry.application.LocationDirectory;
import org.inspectorate.registry.application.LocationFacts;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.RequestActor;
import org.inspectorate.triage.domain.Outcome;
import org.inspectorate.triage.domain.SourceKind;
import org.inspectorate.triage.domain.Team;
import org.inspectorate.triage.domain.TriageConflict;
import org.inspectorate.triage.domain.TriageDecision;
import org.inspectorate.triage.domain.TriageItem;
import org.inspectorate.triage.persistence.TriageRepository;

/**
 * Staff actions on triage items, single and in bulk. Any member of staff may claim, decide, release their
 * own item, note information received, reopen and link; assigning to someone else, releasing another's item
 * and every bulk action need a manager. Each change is audited with the item before and after, in the
 * transaction of the change. A bulk action is all or nothing: if one item may not change, none does.
 */
@ApplicationScoped
public class TriageService {

    public static final int MAX_BULK = 100;
    private static final Duration REOPENED_DUE = Duration.ofDays(5);

    @Inject
    TriageRepository items;

    @Inject
    StaffDirectory staff;

    @Inject
    LocationDirectory locations;

    @Inject
    TriagePolicy policy;

    @Inject
    RequestActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Event<TriageOutcomeRecorded> outcomes;

    @Inject
    Event<TriageQueuesChanged> queuesChanged;

    @Inject
    Clock clock;

    @Transactional
    public void claim(long itemId, int expectedVersion) {
        StaffMember me = me();
        change(item(itemId, expectedVersion), "TRIAGE_ITEM_CLAIMED", null, i -> i.claim(me.id(), me.name()));
    }

    @Transactional
    public void assign(long itemId, int expectedVersion, long staffId) {
        StaffMember to = assignee(staffId);
        if (to.id() != me().id()) {
            requireManager("assign items to someone else");
        }
        change(item(itemId, expectedVersion), "TRIAGE_ITEM_ASSIGNED", null, i -> i.assign(to.id(), to.name()));
    }

    @Transactional
    public void release(long itemId, int expectedVersion) {
        TriageItem item = item(itemId, expectedVersion);
        if (item.assigneeId() != null && item.assigneeId() != me().id()) {
            requireManager("release someone else's item");
        }
        change(item, "TRIAGE_ITEM_RELEASED", null, TriageItem::release);
    }

    @Transactional
    public void decide(long itemId, int expectedVersion, Outcome outcome, String reasons) {
        decideOn(item(itemId, expectedVersion), outcome, reasons, me());
    }

    @Transactional
    public void informationReceived(long itemId, int expectedVersion) {
        Instant now = clock.instant();
        change(item(itemId, expectedVersion), "TRIAGE_INFORMATION_RECEIVED", null,
                i -> i.informationReceived(now, REOPENED_DUE));
    }

    @Transactional
    public void reopen(long itemId, int expectedVersion, String reasons) {
        ReasonsCheck.require(reasons);
        StaffMember me = me();
        Instant now = clock.instant();
        change(item(itemId, expectedVersion), "TRIAGE_ITEM_REOPENED", reasons.strip(),
                i -> i.reopen(me.id(), me.name(), now, REOPENED_DUE));
    }

    @Transactional
    public void linkToLocation(long itemId, int expectedVersion, String locationId) {
        LocationFacts l = location(locationId);
        change(item(itemId, expectedVersion), "TRIAGE_ITEM_LINKED", null, i -> link(i, l));
    }

    @Transactional
    public int bulkAssign(List<Long> itemIds, long staffId) {
        requireManager("assign items in bulk");
        StaffMember to = assignee(staffId);
        List<TriageItem> batch = batch(itemIds);
        refuseUnless(batch, i -> i.assigneeId() != null && i.assigneeId() == to.id()
                ? i.reference() + " is already assigned to " + to.name() : null);
        batch.forEach(i -> change(i, "TRIAGE_ITEM_ASSIGNED", "Bulk action", x -> x.assign(to.id(), to.name())));
        return batch.size();
    }

    @Transactional
    public int bulkDecide(List<Long> itemIds, Outcome outcome, String reasons) {
        requireManager("record outcomes in bulk");
        StaffMember me = me();
        List<TriageItem> batch = batch(itemIds);
        refuseUnless(batch, i -> null);
        batch.forEach(i -> decideOn(i, outcome, reasons, me));
        return batch.size();
    }

    @Transactional
    public int bulkLink(List<Long> itemIds, String locationId) {
        requireManager("link items in bulk");
        LocationFacts l = location(locationId);
        List<TriageItem> batch = batch(itemIds);
        refuseUnless(batch, i -> i.sourceKind() != SourceKind.CONCERN
                ? i.reference() + " is a notification, which always belongs to its own location" : null);
        batch.forEach(i -> change(i, "TRIAGE_ITEM_LINKED", "Bulk action", x -> link(x, l)));
        return batch.size();
    }

    private void decideOn(TriageItem item, Outcome outcome, String reasons, StaffMember me) {
        Map<String, Object> before = item.auditSnapshot();
        TriageDecision decision = item.decide(outcome, reasons, me.id(), me.name(), clock.instant(),
                policy.rules().informationWait());
        items.add(decision);
        audit.record("TRIAGE_OUTCOME_RECORDED", "TriageItem", item.reference(), before, item.auditSnapshot(),
                outcome.label() + ": " + decision.reasons());
        queuesChanged.fire(new TriageQueuesChanged());
        outcomes.fire(new TriageOutcomeRecorded(item.reference(), item.sourceKind().name(), item.sourceId(),
                item.locationId(), item.providerId(), outcome, decision.reasons(), me.name()));
    }

    private static void link(TriageItem i, LocationFacts l) {
        i.linkToLocation(l.id(), l.name(), l.providerId(), Team.forServiceTypes(l.serviceTypes()), l.region());
    }

    private void change(TriageItem item, String action, String detail, Consumer<TriageItem> transition) {
        Map<String, Object> before = item.auditSnapshot();
        transition.accept(item);
        audit.record(action, "TriageItem", item.reference(), before, item.auditSnapshot(), detail);
        queuesChanged.fire(new TriageQueuesChanged());
    }

    /**
     * Refuses the whole batch before anything changes, naming every item that may not: closed ones, and those
     * for which {@code problem} gives a reason.
     */
    private static void refuseUnless(List<TriageItem> batch, Function<TriageItem, String> problem) {
        List<String> refused = new ArrayList<>();
        for (TriageItem i : batch) {
            String p = i.state().open() ? problem.apply(i) : i.reference() + " is closed";
            if (p != null) {
                refused.add(p);
            }
        }
        if (!refused.isEmpty()) {
            throw new TriageConflict("Nothing was changed. " + String.join("; ", refused) + ".");
        }
    }

    private List<TriageItem> batch(List<Long> itemIds) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>(itemIds == null ? List.of() : itemIds);
        if (ids.isEmpty()) {
            throw ValidationFailure.of("items", "Choose at least one item");
        }
        if (ids.size() > MAX_BULK) {
            throw ValidationFailure.of("items", "Choose at most " + MAX_BULK + " items at a time");
        }
        List<TriageItem> found = items.findAll(ids);
        if (found.size() != ids.size()) {
            throw new NotFound("triage item", "in the selection");
        }
        return found;
    }

    private TriageItem item(long id, int expectedVersion) {
        TriageItem item = items.find(id).orElseThrow(() -> new NotFound("triage item", String.valueOf(id)));
        if (item.version() != expectedVersion) {
            throw new OptimisticLockException("Triage item " + id + " changed since it was loaded");
        }
        return item;
    }

    private LocationFacts location(String locationId) {
        if (locationId == null || locationId.isBlank()) {
            throw ValidationFailure.of("locationId", "Enter the location id, like 1-123456789");
        }
        return locations.facts(locationId.strip()).orElseThrow(() -> ValidationFailure.of("locationId",
                "There is no location with id " + locationId.strip()));
    }

    private StaffMember me() {
        Caller c = actor.caller();
        if (!c.isStaff() || c.userId() == null) {
            throw new Forbidden("Only the regulator's staff can triage");
        }
        return staff.find(c.userId()).orElseThrow(() -> new Forbidden("Your staff account is not active"));
    }

    private StaffMember assignee(long staffId) {
        return staff.find(staffId).orElseThrow(() -> ValidationFailure.of("assignee",
                "Choose an active member of staff to assign to"));
    }

    private void requireManager(String what) {
        Caller c = actor.caller();
        if (!c.isManager()) {
            audit.recordSecurityEvent("ACCESS_REFUSED", "TriageItem", null, "Not a manager: " + what);
            throw new Forbidden("Only managers can " + what);
        }
    }
}
