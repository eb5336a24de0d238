package org.inspectorate.triage.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.inspectorate.identity.application.StaffDirectory;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.shared.security.RequestActor;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.PagedLazyModel;
import org.inspectorate.shared.web.Pages;
import org.inspectorate.triage.application.QueueRow;
import org.inspectorate.triage.application.TriageQueries;
import org.inspectorate.triage.application.TriageService;
import org.inspectorate.triage.domain.Outcome;
import org.inspectorate.triage.domain.QueueFilter;
import org.inspectorate.triage.domain.Team;
import org.inspectorate.triage.domain.TriageState;

/**
 * A triage queue: filters in the address (bookmarkable), one page at a time from the database, highest risk
 * first; managers select items and assign, close or link them together.
 */
@Named
@ViewScoped
public class TriageQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TriageQueries queries;

    @Inject
    TriageService triage;

    @Inject
    StaffDirectory staff;

    @Inject
    RequestActor actor;

    private Team team;
    private String region;
    private TriageState state;
    private boolean mine;
    private boolean pastDue;
    private boolean oldest;
    private PagedLazyModel<QueueRow> rows;
    private List<QueueRow> selected = new ArrayList<>();
    private Long assigneeId;
    private Outcome outcome;
    private String reasons;
    private String locationId;

    public String search() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }

    public PagedLazyModel<QueueRow> getRows() {
        if (rows == null) {
            QueueFilter filter = filter();
            rows = new PagedLazyModel<>(() -> queries.count(filter), page -> queries.list(filter, page),
                    r -> String.valueOf(r.id()));
        }
        return rows;
    }

    private QueueFilter filter() {
        Long me = mine ? actor.caller().userId() : null;
        String r = region == null || region.isBlank() ? null : region;
        return new QueueFilter(team, r, state == TriageState.CLOSED ? null : state, me, pastDue, oldest);
    }

    public void bulkAssign() {
        if (assigneeId == null) {
            FacesErrors.field("bulk:assignee", Messages.get("triage.assignee.choose"));
            return;
        }
        bulk(() -> triage.bulkAssign(ids(), assigneeId));
    }

    public void bulkDecide() {
        bulk(() -> triage.bulkDecide(ids(), outcome, reasons));
    }

    public void bulkLink() {
        bulk(() -> triage.bulkLink(ids(), locationId));
    }

    private void bulk(java.util.function.IntSupplier action) {
        int[] changed = new int[1];
        if (StaffActions.run("bulk", "items", () -> changed[0] = action.getAsInt())) {
            FacesErrors.info(Messages.get("triage.bulk.done", changed[0]));
            Pages.redirect("/staff/triage/index.xhtml" + query());
        }
    }

    private List<Long> ids() {
        return selected == null ? List.of() : selected.stream().map(QueueRow::id).toList();
    }

    private String query() {
        StringBuilder q = new StringBuilder("?");
        if (team != null) {
            q.append("team=").append(team.name()).append('&');
        }
        if (region != null && !region.isBlank()) {
            q.append("region=").append(region).append('&');
        }
        if (state != null) {
            q.append("state=").append(state.name()).append('&');
        }
        q.append("mine=").append(mine).append("&pastDue=").append(pastDue).append("&oldest=").append(oldest);
        return q.toString();
    }

    public List<StaffDirectory.StaffMember> getStaff() {
        return staff.active();
    }

    public List<Region> getRegions() {
        return List.of(Region.values());
    }

    public boolean isManager() {
        return actor.caller().isManager();
    }

    public boolean isOldest() { return oldest; }
    public void setOldest(boolean v) { oldest = v; }
    public Team getTeam() { return team; }
    public void setTeam(Team v) { team = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
    public TriageState getState() { return state; }
    public void setState(TriageState v) { state = v; }
    public boolean isMine() { return mine; }
    public void setMine(boolean v) { mine = v; }
    public boolean isPastDue() { return pastDue; }
    public void setPastDue(boolean v) { pastDue = v; }
    public List<QueueRow> getSelected() { return selected; }
    public void setSelected(List<QueueRow> v) { selected = v; }
    public Long getAssigneeId() { return assigneeId; }
    public void setAssigneeId(Long v) { assigneeId = v; }
    public Outcome getOutcome() { return outcome; }
    public void setOutcome(Outcome v) { outcome = v; }
    public String getReasons() { return reasons; }
    public void setReasons(String v) { reasons = v; }
    public String getLocationId() { return locationId; }
    public void setLocationId(String v) { locationId = v; }
}
