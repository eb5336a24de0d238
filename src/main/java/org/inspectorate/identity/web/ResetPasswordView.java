package org.inspectorate.identity.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.inspectorate.identity.application.PasswordResetService;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.security.ClientAddress;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Pages;

/** Choosing a new password from an emailed reset link. */
@Named
@ViewScoped
public class ResetPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResetService resets;

    private String token;
    private boolean usable;
    private String password;
    private String confirm;

    public void load() {
        usable = resets.linkUsable(token);
    }

    public void submit() {
        if (password != null && !password.equals(confirm)) {
            FacesErrors.field("reset:confirm", "The passwords do not match. Type the same password twice");
            return;
        }
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            resets.reset(token, password, ClientAddress.of(request));
            FacesErrors.info("Your password has been changed and every signed-in session ended. Sign in with your"
                    + " new password.");
            Pages.redirect("/sign-in.xhtml");
        } catch (ValidationFailure e) {
            password = null;
            confirm = null;
            FacesErrors.show("reset", e);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isUsable() {
        return usable;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirm() {
        return confirm;
    }

    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }
}
