package org.inspectorate.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.inspectorate.identity.application.CoverService;
import org.inspectorate.identity.application.TeamMember;
import org.inspectorate.identity.application.TeamQueries;
import org.inspectorate.identity.application.TeamService;
import org.inspectorate.identity.domain.Role;
import org.inspectorate.registry.application.LocationName;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.DayInput;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Pages;

/**
 * One team member, for an administrator: their role and locations, suspending or removing them, and
 * giving them cover of a colleague's locations. Another organisation's user is a 404 (audited).
 */
@Named
@ViewScoped
public class TeamMemberView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamQueries team;

    @Inject
    TeamService service;

    @Inject
    CoverService covers;

    private String id;
    private long userId;
    private TeamMember member;
    private List<LocationName> locationChoices;
    private List<TeamMember> colleagues;
    private String role;
    private List<String> locations = new ArrayList<>();
    private Long covered;
    private String startsOn;
    private String endsOn;
    private String reason;

    public void load() {
        try {
            userId = Long.parseLong(id == null ? "" : id.strip());
            member = team.member(userId);
        } catch (NumberFormatException | NotFound e) {
            member = null;
        }
        if (member == null) {
            Pages.notFound();
            return;
        }
        if (role == null) {
            role = member.role();
            locations = new ArrayList<>(member.locations());
        }
        locationChoices = team.locationChoices();
        colleagues = team.colleagues().stream().filter(c -> c.id() != member.id() && !c.locations().isEmpty()).toList();
    }

    public void saveRole() {
        act(() -> service.changeRole(userId, role, new LinkedHashSet<>(locations)), "role",
                member.name() + "'s role and locations have been saved.");
    }

    public void suspend() {
        act(() -> service.suspend(userId), "status", member.name() + " has been suspended and signed out everywhere.");
    }

    public void reactivate() {
        act(() -> service.reactivate(userId), "status", member.name() + " can sign in again.");
    }

    public void resetSecondFactor() {
        act(() -> service.resetSecondFactor(userId), "status", member.name() + "'s authenticator app has been"
                + " cleared. They can sign in with their password and set up a new one.");
    }

    public void remove() {
        try {
            service.remove(userId);
            FacesErrors.info(member.name() + " has been removed from your organisation.");
            Pages.redirect("/portal/team/index.xhtml");
        } catch (ValidationFailure e) {
            FacesErrors.show("status", e);
        }
    }

    public void grantCover() {
        var first = DayInput.parse(startsOn);
        var last = DayInput.parse(endsOn);
        boolean bad = false;
        if (startsOn != null && !startsOn.isBlank() && first == null) {
            FacesErrors.field("cover:startsOn", "Enter the first day of cover as a real date, like 27 3 2026");
            bad = true;
        }
        if (endsOn != null && !endsOn.isBlank() && last == null) {
            FacesErrors.field("cover:endsOn", "Enter the last day of cover as a real date, like 27 3 2026");
            bad = true;
        }
        if (bad) {
            return;
        }
        act(() -> covers.grant(userId, covered, first, last, reason), "cover",
                member.name() + " now has cover of a colleague's locations for the dates you chose.");
    }

    private void act(Runnable change, String form, String done) {
        try {
            change.run();
            FacesErrors.info(done);
            Pages.redirect("/portal/team/member.xhtml?id=" + userId);
        } catch (ValidationFailure e) {
            FacesErrors.show(form, e);
        }
    }

    public List<Role> getRoles() {
        return Role.providerRoles();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public TeamMember getMember() {
        return member;
    }

    public List<LocationName> getLocationChoices() {
        return locationChoices;
    }

    public List<TeamMember> getColleagues() {
        return colleagues;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    /** Only locations this page offered: a tampered form gets the field's message. */
    public void validateLocations(jakarta.faces.context.FacesContext context, jakarta.faces.component.UIComponent field,
            Object value) {
        org.inspectorate.shared.web.Choices.requireAmong(value, getLocationChoices().stream()
                .map(org.inspectorate.registry.application.LocationName::id).toList());
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations == null ? new ArrayList<>() : locations;
    }

    public Long getCovered() {
        return covered;
    }

    public void setCovered(Long covered) {
        this.covered = covered;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
