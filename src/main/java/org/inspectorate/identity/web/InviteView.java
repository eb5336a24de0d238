package org.inspectorate.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.inspectorate.identity.application.InvitationService;
import org.inspectorate.identity.application.TeamQueries;
import org.inspectorate.identity.domain.Role;
import org.inspectorate.registry.application.LocationName;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Pages;

/** Inviting a colleague by email, with a role and (for location roles) their locations. */
@Named
@ViewScoped
public class InviteView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvitationService invitations;

    @Inject
    TeamQueries team;

    private List<LocationName> locationChoices;
    private String email;
    private String name;
    private String role;
    private List<String> locations = new ArrayList<>();

    @PostConstruct
    void init() {
        locationChoices = team.locationChoices();
    }

    public void invite() {
        try {
            invitations.invite(email, name, role, new LinkedHashSet<>(locations));
            FacesErrors.info("We have emailed an invitation to " + email.strip() + ". The link works for 7 days.");
            Pages.redirect("/portal/team/index.xhtml");
        } catch (ValidationFailure e) {
            FacesErrors.show("invite", e);
        }
    }

    public List<Role> getRoles() {
        return Role.providerRoles();
    }

    public List<LocationName> getLocationChoices() {
        return locationChoices;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
}
