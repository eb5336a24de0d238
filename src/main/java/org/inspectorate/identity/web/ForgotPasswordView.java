package org.inspectorate.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.inspectorate.identity.application.PasswordResetService;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.security.ClientAddress;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Pages;

/** Asking for a password reset link. The answer never says whether the address has an account. */
@Named
@RequestScoped
public class ForgotPasswordView {

    @Inject
    PasswordResetService resets;

    private String email;

    public void submit() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            resets.request(email, ClientAddress.of(request));
            Pages.redirect("/forgot-password.xhtml?sent=true");
        } catch (ValidationFailure e) {
            FacesErrors.show("forgot", e);
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
