package org.inspectorate.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.inspectorate.identity.application.StaffDirectory;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.report.application.ReportQueries;
import org.inspectorate.report.application.ReportService;
import org.inspectorate.report.application.ReportSettings;
import org.inspectorate.report.application.ReportSummary;
import org.inspectorate.report.application.StuckRow;
import org.inspectorate.report.domain.BoardFilter;
import org.inspectorate.report.domain.ReportState;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.PagedLazyModel;
import org.inspectorate.shared.web.Pages;
import org.inspectorate.triage.domain.Team;

/**
 * The pipeline board for managers: open reports by state, owner, days in state and since the site visit, longest
 * waiting first, filtered by team, region and state (in the address); and the stuck-work list with one-click
 * take-over or reassignment. Both are paged in the database.
 */
@Named
@ViewScoped
public class ReportBoardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportQueries queries;

    @Inject
    ReportService service;

    @Inject
    ReportSettings settings;

    @Inject
    StaffDirectory staff;

    @Inject
    org.inspectorate.report.application.StaffActors actors;

    private Team team;
    private Region region;
    private ReportState state;
    private boolean mine;
    private Long reassignTo;
    private PagedLazyModel<ReportSummary> rows;
    private PagedLazyModel<StuckRow> stuck;

    public String search() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }

    public PagedLazyModel<ReportSummary> getRows() {
        if (rows == null) {
            BoardFilter f = new BoardFilter(team == null ? null : team.name(), region == null ? null : region.name(),
                    state != null && state.open() ? state : null, mine ? actors.callerId() : null);
            rows = new PagedLazyModel<>(() -> queries.countBoard(f), page -> queries.boardRows(f, page),
                    r -> String.valueOf(r.id()));
        }
        return rows;
    }

    public PagedLazyModel<StuckRow> getStuck() {
        if (stuck == null) {
            stuck = new PagedLazyModel<>(queries::countStuck, page -> queries.stuck(page).items(),
                    r -> String.valueOf(r.report().id()));
        }
        return stuck;
    }

    public void takeOver(long reportId) {
        if (ReportActions.run("stuck", "reassignTo", () -> service.takeOver(reportId), false)) {
            done();
        }
    }

    public void reassign(long reportId) {
        if (ReportActions.run("stuck", "reassignTo", () -> service.assign(reportId, reassignTo), false)) {
            done();
        }
    }

    private void done() {
        FacesErrors.info(Messages.get("report.assigned"));
        Pages.redirect("/staff/reports/board.xhtml");
    }

    public List<Team> getTeams() {
        return Arrays.asList(Team.values());
    }

    public List<Region> getRegions() {
        return Arrays.asList(Region.values());
    }

    public List<ReportState> getStates() {
        return ReportState.OPEN.stream().sorted().toList();
    }

    public List<StaffDirectory.StaffMember> getStaff() {
        return staff.active();
    }

    public int getInactivityDays() {
        return settings.inactivityDays();
    }

    public String reasonLabel(String reason) {
        return Messages.get("report.stuck." + reason);
    }

    public Team getTeam() { return team; }
    public void setTeam(Team v) { team = v; }
    public Region getRegion() { return region; }
    public void setRegion(Region v) { region = v; }
    public ReportState getState() { return state; }
    public void setState(ReportState v) { state = v; }
    public boolean isMine() { return mine; }
    public void setMine(boolean v) { mine = v; }
    public Long getReassignTo() { return reassignTo; }
    public void setReassignTo(Long v) { reassignTo = v; }
}
