package org.inspectorate.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.inspectorate.identity.application.StaffAccountRecord;
import org.inspectorate.identity.application.StaffAccountService;
import org.inspectorate.identity.domain.AccountKind;
import org.inspectorate.identity.domain.Role;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.PagedLazyModel;
import org.inspectorate.shared.web.Pages;
import org.inspectorate.triage.domain.Team;

/** Administrators' staff accounts page: the accounts a page at a time, adding one, and each account's actions. */
@Named
@ViewScoped
public class StaffAccountsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/staff/admin/accounts.xhtml";

    @Inject
    StaffAccountService accounts;

    private PagedLazyModel<StaffAccountRecord> rows;
    private String email;
    private String name;
    private List<String> roles = new ArrayList<>();
    private String team;
    private String region;

    @PostConstruct
    void init() {
        rows = new PagedLazyModel<>(accounts::count,
                p -> accounts.list(p).items(), r -> String.valueOf(r.id()));
    }

    public void add() {
        try {
            StaffAccountRecord r = accounts.add(new StaffAccountService.Details(email, name, roles, team, region));
            FacesErrors.info(Messages.get("staff.accounts.added", r.name()));
            Pages.redirect(PAGE);
        } catch (ValidationFailure e) {
            FacesErrors.show("add", e);
        }
    }

    public void suspend(StaffAccountRecord r) {
        act(() -> accounts.suspend(r.id()), "staff.accounts.suspended", r);
    }

    public void reactivate(StaffAccountRecord r) {
        act(() -> accounts.reactivate(r.id()), "staff.accounts.reactivated", r);
    }

    public void end(StaffAccountRecord r) {
        act(() -> accounts.end(r.id()), "staff.accounts.ended", r);
    }

    public void clearAuthenticator(StaffAccountRecord r) {
        act(() -> accounts.clearAuthenticator(r.id()), "staff.accounts.authenticatorCleared", r);
    }

    private void act(Supplier<StaffAccountRecord> action, String done, StaffAccountRecord r) {
        try {
            action.get();
            FacesErrors.info(Messages.get(done, r.name()));
            Pages.redirect(PAGE);
        } catch (ValidationFailure e) {
            FacesErrors.field("accounts:table", e.errors().get(0).message());
        } catch (Forbidden | NotFound e) {
            FacesErrors.field("accounts:table", e.getMessage());
        }
    }

    public List<Role> getStaffRoles() {
        return Arrays.stream(Role.values()).filter(r -> r.kind() == AccountKind.STAFF).toList();
    }

    public List<Team> getTeams() {
        return List.of(Team.values());
    }

    public List<Region> getRegions() {
        return List.of(Region.values());
    }

    public PagedLazyModel<StaffAccountRecord> getRows() { return rows; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> v) { roles = v == null ? new ArrayList<>() : v; }
    public String getTeam() { return team; }
    public void setTeam(String v) { team = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
}
