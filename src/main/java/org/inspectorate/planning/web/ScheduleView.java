package org.inspectorate.planning.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.inspectorate.planning.application.CapacityRow;
import org.inspectorate.planning.application.PlanRow;
import org.inspectorate.planning.application.PlanningService;
import org.inspectorate.planning.application.RiskQueries;
import org.inspectorate.planning.application.RiskView;
import org.inspectorate.planning.application.ScheduleQueries;
import org.inspectorate.planning.domain.PlanningConflict;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.PagedLazyModel;
import org.inspectorate.shared.web.Pages;
import org.inspectorate.triage.domain.Team;

/**
 * The schedule for a month: planned assessments by team and region, each inspector's planned count against
 * capacity, and re-inspection deadlines soonest first with overdue ones highlighted.
 */
@Named
@ViewScoped
public class ScheduleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScheduleQueries schedule;

    @Inject
    RiskQueries risk;

    @Inject
    PlanningService planning;

    @Inject
    org.inspectorate.identity.application.StaffDirectory staff;

    @Inject
    org.inspectorate.shared.security.RequestActor actor;

    private final java.util.Map<Long, Long> allocations = new java.util.HashMap<>();
    private String month;
    private Team team;
    private Region region;
    private List<CapacityRow> capacity;
    private PagedLazyModel<PlanRow> plans;
    private PagedLazyModel<RiskView> reinspections;

    @PostConstruct
    void init() {
        plans = new PagedLazyModel<>(() -> schedule.count(ym(), name(team), name(region)),
                p -> schedule.list(ym(), name(team), name(region), p), r -> String.valueOf(r.id()));
        reinspections = new PagedLazyModel<>(() -> risk.countReinspections(false), p -> risk.reinspections(false, p),
                RiskView::locationId);
    }

    public void load() {
        capacity = schedule.capacity(ym());
    }

    public void search() {
        Pages.redirect("/staff/planning/schedule.xhtml?month=" + ym() + (team == null ? "" : "&team=" + team.name())
                + (region == null ? "" : "&region=" + region.name()));
    }

    public void start(PlanRow row) {
        try {
            planning.start(row.id(), row.version(), null);
            FacesErrors.info(Messages.get("planning.started"));
            Pages.redirect("/staff/planning/schedule.xhtml?month=" + ym());
        } catch (PlanningConflict | Forbidden e) {
            FacesErrors.field("plans:month", e.getMessage());
        } catch (OptimisticLockException e) {
            FacesErrors.field("plans:month", Messages.get("enforcement.conflict"));
        }
    }

    /** Allocates the inspector chosen on the plan's row (plans escalated from triage wait for this). */
    public void allocate(PlanRow row) {
        try {
            planning.allocate(row.id(), row.version(), allocations.get(row.id()));
            FacesErrors.info(Messages.get("planning.allocated"));
            Pages.redirect("/staff/planning/schedule.xhtml?month=" + ym());
        } catch (org.inspectorate.shared.domain.ValidationFailure e) {
            FacesErrors.field("plans:month", e.getMessage());
        } catch (PlanningConflict | Forbidden e) {
            FacesErrors.field("plans:month", e.getMessage());
        } catch (OptimisticLockException e) {
            FacesErrors.field("plans:month", Messages.get("enforcement.conflict"));
        }
    }

    public java.util.Map<Long, Long> getAllocations() {
        return allocations;
    }

    public List<org.inspectorate.identity.application.StaffDirectory.StaffMember> getInspectors() {
        return staff.active();
    }

    public boolean isManager() {
        return org.inspectorate.enforcement.application.EnforcementStaff.isManager(actor.caller());
    }

    public YearMonth ym() {
        try {
            return month == null || month.isBlank() ? YearMonth.now() : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            return YearMonth.now();
        }
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    public List<Team> getTeams() {
        return List.of(Team.values());
    }

    public List<Region> getRegions() {
        return List.of(Region.values());
    }

    public String getMonthLabel() {
        YearMonth m = ym();
        return m.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " " + m.getYear();
    }

    public String getMonth() { return month == null ? ym().toString() : month; }
    public void setMonth(String v) { month = v; }
    public Team getTeam() { return team; }
    public void setTeam(Team v) { team = v; }
    public Region getRegion() { return region; }
    public void setRegion(Region v) { region = v; }
    public List<CapacityRow> getCapacity() { return capacity; }
    public PagedLazyModel<PlanRow> getPlans() { return plans; }
    public PagedLazyModel<RiskView> getReinspections() { return reinspections; }
}
