package org.inspectorate.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.inspectorate.identity.application.AdminRecoveryService;
import org.inspectorate.identity.application.FirstAdministratorService;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.security.ClientAddress;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Pages;

/**
 * The two public ways into the portal for an organisation: the register's named person sets it up by an
 * emailed link, or anyone asks the regulator for a new administrator when the organisation's cannot act.
 */
@Named
@RequestScoped
public class PortalAccessView {

    @Inject
    FirstAdministratorService firstAdministrator;

    @Inject
    AdminRecoveryService recovery;

    private String providerId;
    private String email;
    private String name;
    private String capacity;
    private String reason;

    public void claim() {
        try {
            firstAdministrator.claim(providerId, email, ip());
            Pages.redirect("/portal-access.xhtml?sent=true");
        } catch (ValidationFailure e) {
            FacesErrors.show("claim", e);
        }
    }

    public void request() {
        try {
            recovery.request(providerId, name, email, capacity, reason, ip());
            Pages.redirect("/portal-access-request.xhtml?sent=true");
        } catch (ValidationFailure e) {
            FacesErrors.show("recovery", e);
        }
    }

    private static String ip() {
        return ClientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest());
    }

    public String getProviderId() {
        return providerId;
    }

    public void setProviderId(String providerId) {
        this.providerId = providerId;
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

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
