package org.inspectorate.planning.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.inspectorate.planning.application.RiskQueries;
import org.inspectorate.planning.application.RiskView;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.shared.web.PagedLazyModel;
import org.inspectorate.shared.web.Pages;
import org.inspectorate.triage.domain.Team;

/** The risk view: locations highest score first, each with its reasons, filtered by team and region. */
@Named
@ViewScoped
public class RiskListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RiskQueries risk;

    private Team team;
    private Region region;
    private PagedLazyModel<RiskView> rows;

    @PostConstruct
    void init() {
        rows = new PagedLazyModel<>(() -> risk.count(name(team), name(region)),
                p -> risk.list(name(team), name(region), p), RiskView::locationId);
    }

    public void search() {
        StringBuilder q = new StringBuilder("/staff/planning/index.xhtml?");
        if (team != null) {
            q.append("team=").append(team.name()).append('&');
        }
        if (region != null) {
            q.append("region=").append(region.name());
        }
        Pages.redirect(q.toString());
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

    public Team getTeam() { return team; }
    public void setTeam(Team v) { team = v; }
    public Region getRegion() { return region; }
    public void setRegion(Region v) { region = v; }
    public PagedLazyModel<RiskView> getRows() { return rows; }
}
