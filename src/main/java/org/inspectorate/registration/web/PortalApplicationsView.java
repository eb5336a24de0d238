package org.inspectorate.registration.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.registration.application.ApplicationQueries;
import org.inspectorate.registration.application.ApplicationService;
import org.inspectorate.registration.application.ApplicationSummary;
import org.inspectorate.registration.domain.ApplicationType;
import org.inspectorate.registry.application.LocationName;
import org.inspectorate.registry.application.RegisterLookups;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.PagedLazyModel;
import org.inspectorate.shared.web.Pages;

/** The organisation's applications, and starting a new one. */
@Named
@ViewScoped
public class PortalApplicationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationQueries queries;

    @Inject
    ApplicationService service;

    @Inject
    ProviderAccess access;

    @Inject
    RegisterLookups lookups;

    @Inject
    org.inspectorate.registration.application.ManagerInvitations managerInvitations;

    private PagedLazyModel<ApplicationSummary> applications;
    private List<LocationName> locations;
    private String type;
    private String locationId;
    private String managerName;
    private String managerEmail;
    private String managerLocationId;

    @PostConstruct
    void init() {
        String provider = access.requireProvider();
        applications = new PagedLazyModel<>(() -> queries.count(provider), page -> queries.list(provider, page),
                a -> String.valueOf(a.id()));
        locations = lookups.locationNames(provider);
    }

    public void start() {
        ApplicationType t = null;
        if (type != null && !type.isBlank()) {
            t = Arrays.stream(ApplicationType.values()).filter(x -> x.name().equals(type)).findFirst().orElse(null);
        }
        if (t == null) {
            FacesErrors.field("start:type", "Choose what you are applying for");
            return;
        }
        try {
            long id = service.start(t, locationId);
            Pages.redirect("/portal/registration/application.xhtml?id=" + id);
        } catch (ValidationFailure e) {
            FacesErrors.show("start", e);
        }
    }

    /** An administrator invites a prospective registered manager, who completes their own application. */
    public void inviteManager() {
        try {
            long id = managerInvitations.invite(managerName, managerEmail, managerLocationId);
            FacesErrors.info(org.inspectorate.shared.web.Messages.get("registration.manager.invited", managerEmail));
            Pages.redirect("/portal/registration/application.xhtml?id=" + id);
        } catch (ValidationFailure e) {
            for (var err : e.errors()) {
                String field = switch (err.field()) {
                    case "name" -> "managerName";
                    case "email" -> "managerEmail";
                    default -> "managerLocationId";
                };
                FacesErrors.field("invite:" + field, err.message());
            }
        }
    }

    public List<ApplicationType> getTypes() {
        return java.util.Arrays.stream(ApplicationType.values()).filter(ApplicationType::byRegisteredProvider).toList();
    }

    public PagedLazyModel<ApplicationSummary> getApplications() { return applications; }
    public List<LocationName> getLocations() { return locations; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getLocationId() { return locationId; }
    public void setLocationId(String v) { locationId = v; }
    public String getManagerName() { return managerName; }
    public void setManagerName(String v) { managerName = v; }
    public String getManagerEmail() { return managerEmail; }
    public void setManagerEmail(String v) { managerEmail = v; }
    public String getManagerLocationId() { return managerLocationId; }
    public void setManagerLocationId(String v) { managerLocationId = v; }
}
