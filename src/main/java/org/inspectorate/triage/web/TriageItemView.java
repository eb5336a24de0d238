package org.inspectorate.triage.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.inspectorate.identity.application.StaffDirectory;
import org.inspectorate.shared.security.RequestActor;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;
import org.inspectorate.triage.application.ItemRecord;
import org.inspectorate.triage.application.TriageQueries;
import org.inspectorate.triage.application.TriageService;
import org.inspectorate.triage.domain.Outcome;

/** One triage item: what it says, its risk working and history, and the actions its state allows. */
@Named
@ViewScoped
public class TriageItemView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TriageQueries queries;

    @Inject
    TriageService triage;

    @Inject
    StaffDirectory staff;

    @Inject
    RequestActor actor;

    @Inject
    jakarta.enterprise.inject.Instance<org.inspectorate.triage.application.EscalationLinks> escalationLinks;

    private Long id;
    private ItemRecord item;
    private java.util.List<org.inspectorate.triage.application.EscalationLinks.Link> escalations;
    private Long assigneeId;
    private Outcome outcome;
    private String reasons;
    private String reopenReasons;
    private String locationId;

    public void load() {
        item = id == null ? null : queries.item(id).orElse(null);
        if (item == null) {
            Pages.notFound();
        }
    }

    /** The planned assessment or enforcement case the item was escalated to, if any. */
    public java.util.List<org.inspectorate.triage.application.EscalationLinks.Link> getEscalations() {
        if (escalations == null) {
            escalations = item == null ? java.util.List.of() : escalationLinks.stream()
                    .flatMap(l -> l.forItem(item.item().reference()).stream()).toList();
        }
        return escalations;
    }

    public void claim() {
        act("claim", () -> triage.claim(id, item.version()), "triage.claimed");
    }

    public void release() {
        act("release", () -> triage.release(id, item.version()), "triage.released");
    }

    public void assign() {
        if (assigneeId == null) {
            FacesErrors.field("assign:assignee", Messages.get("triage.assignee.choose"));
            return;
        }
        act("assign", () -> triage.assign(id, item.version(), assigneeId), "triage.assigned");
    }

    public void decide() {
        if (outcome == null) {
            FacesErrors.field("decide:outcome", Messages.get("triage.outcome.choose"));
            return;
        }
        act("decide", () -> triage.decide(id, item.version(), outcome, reasons), "triage.decided");
    }

    public void informationReceived() {
        act("information", () -> triage.informationReceived(id, item.version()), "triage.informationReceived");
    }

    public void reopen() {
        act("reopen", () -> triage.reopen(id, item.version(), reopenReasons), "triage.reopened");
    }

    public void link() {
        act("link", () -> triage.linkToLocation(id, item.version(), locationId), "triage.linked");
    }

    private void act(String form, Runnable action, String notice) {
        if (StaffActions.run(form, "go", action)) {
            FacesErrors.info(Messages.get(notice));
            Pages.redirect("/staff/triage/item.xhtml?id=" + id);
        }
    }

    public boolean isMine() {
        return item != null && item.item().assigneeId() != null
                && item.item().assigneeId().equals(actor.caller().userId());
    }

    public boolean isOpen() {
        return item != null && !"CLOSED".equals(item.item().state());
    }

    public boolean isManager() {
        return actor.caller().isManager();
    }

    public List<StaffDirectory.StaffMember> getStaff() {
        return staff.active();
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public ItemRecord getItem() { return item; }
    public Long getAssigneeId() { return assigneeId; }
    public void setAssigneeId(Long v) { assigneeId = v; }
    public Outcome getOutcome() { return outcome; }
    public void setOutcome(Outcome v) { outcome = v; }
    public String getReasons() { return reasons; }
    public void setReasons(String v) { reasons = v; }
    public String getReopenReasons() { return reopenReasons; }
    public void setReopenReasons(String v) { reopenReasons = v; }
    public String getLocationId() { return locationId; }
    public void setLocationId(String v) { locationId = v; }
}
