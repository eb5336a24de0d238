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

    @Inject
    SignInFlow flow;

    private String token;
    private boolean usable;
    private final NewPasswordForm newPassword = new NewPasswordForm();

    public void load() {
        usable = resets.linkUsable(token);
    }

    public void submit() {
        if (newPassword.mismatched()) {
            FacesErrors.field("reset:confirm", "The passwords do not match. Type the same password twice");
            return;
        }
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            String email = resets.reset(token, newPassword.getPassword(), ClientAddress.of(request));
            FacesErrors.info("Your password has been changed and every other signed-in session ended.");
            boolean signedIn = flow.signInNow(email, newPassword.getPassword(), null);
            newPassword.clear();
            if (signedIn) {
                return;
            }
            FacesErrors.info("Sign in with your new password.");
            Pages.redirect("/sign-in.xhtml");
        } catch (ValidationFailure e) {
            newPassword.clear();
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

    public NewPasswordForm getNewPassword() {
        return newPassword;
    }
}
