package org.inspectorate.workload.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inspectorate.identity.application.StaffDirectory;
import org.inspectorate.identity.application.StaffDirectory.StaffMember;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.time.Days;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.PagedLazyModel;
import org.inspectorate.shared.web.Pages;
import org.inspectorate.triage.domain.Team;
import org.inspectorate.workload.application.WaitingWork;
import org.inspectorate.workload.application.WaitingWorkRow;
import org.inspectorate.workload.application.WorkloadAccess;

/**
 * Managers' "work waiting on absent people": a page of items at a time, each with its holder and why they cannot
 * do it; chosen items (or one) given to one person. Anyone else is answered 403.
 */
@Named
@ViewScoped
public class WaitingWorkView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/staff/waiting-work.xhtml";

    @Inject
    WaitingWork work;

    @Inject
    StaffDirectory staff;

    @Inject
    WorkloadAccess access;

    private Team team;
    private Long toStaffId;
    private PagedLazyModel<WaitingWorkRow> rows;
    private final Map<String, Boolean> selected = new HashMap<>();
    private final Map<String, WaitingWorkRow> shown = new HashMap<>();

    @PostConstruct
    void init() {
        rows = new PagedLazyModel<>(() -> work.count(teamName(), null), p -> {
            List<WaitingWorkRow> page = work.page(teamName(), null, p).items();
            page.forEach(r -> shown.put(r.key(), r));
            return page;
        }, WaitingWorkRow::key);
    }

    /** The page's view action: managers only. */
    public void load() {
        if (!access.isManager()) {
            Pages.forbidden();
        }
    }

    public void show() {
        Pages.redirect(PAGE + (team == null ? "" : "?team=" + team.name()));
    }

    public void reassignSelected() {
        List<WaitingWork.Item> items = selected.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(e -> shown.get(e.getKey())).filter(r -> r != null).map(WaitingWorkView::item).toList();
        reassign(items);
    }

    public void reassignOne(WaitingWorkRow r) {
        reassign(List.of(item(r)));
    }

    private void reassign(List<WaitingWork.Item> items) {
        try {
            WaitingWork.Result result = work.reassign(items, toStaffId);
            result.items().stream().filter(o -> !o.moved()).forEach(o -> FacesErrors.field("work:table",
                    Messages.get("waiting.notMoved", label(o.kind(), o.id()), o.detail())));
            if (result.moved() == result.items().size()) {
                FacesErrors.info(Messages.get("waiting.moved", result.moved(), result.toStaffName()));
                Pages.redirect(PAGE + (team == null ? "" : "?team=" + team.name()));
            } else if (result.moved() > 0) {
                FacesErrors.info(Messages.get("waiting.moved", result.moved(), result.toStaffName()));
            }
            selected.clear();
        } catch (ValidationFailure e) {
            FacesErrors.show("work", e);
        }
    }

    private String label(org.inspectorate.shared.work.WorkKind kind, long id) {
        WaitingWorkRow r = shown.get(kind.name() + ":" + id);
        String what = Messages.get("work.kind." + kind.name());
        return r == null ? what : what + " " + (r.reference() == null ? "" : r.reference() + " ")
                + (r.locationName() == null ? "" : r.locationName());
    }

    private static WaitingWork.Item item(WaitingWorkRow r) {
        return new WaitingWork.Item(r.kind(), r.id(), r.version());
    }

    private String teamName() {
        return team == null ? null : team.name();
    }

    public List<Team> getTeams() {
        return List.of(Team.values());
    }

    /** Who can take work: active staff, by name (the server refuses anyone away today). */
    public List<StaffMember> getStaff() {
        return staff.active();
    }

    public String day(LocalDate d) {
        return Days.written(d);
    }

    public PagedLazyModel<WaitingWorkRow> getRows() { return rows; }
    public Map<String, Boolean> getSelected() { return selected; }
    public Team getTeam() { return team; }
    public void setTeam(Team v) { team = v; }
    public Long getToStaffId() { return toStaffId; }
    public void setToStaffId(Long v) { toStaffId = v; }
}
