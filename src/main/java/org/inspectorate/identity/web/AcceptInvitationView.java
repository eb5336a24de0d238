package org.inspectorate.identity.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.inspectorate.identity.application.InvitationService;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.security.ClientAddress;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Pages;

/** Accepting an invitation from its emailed link: choosing a name and password for the new account. */
@Named
@ViewScoped
public class AcceptInvitationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvitationService invitations;

    @Inject
    SignInFlow flow;

    private String token;
    private InvitationService.Preview preview;
    private String name;
    private final NewPasswordForm newPassword = new NewPasswordForm();

    public void load() {
        preview = invitations.preview(token).orElse(null);
        if (preview != null && name == null) {
            name = preview.name();
        }
    }

    public void accept() {
        if (preview != null && !preview.existingAccount() && newPassword.mismatched()) {
            FacesErrors.field("accept:confirm", "The passwords do not match. Type the same password twice");
            return;
        }
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            InvitationService.Accepted accepted = invitations.accept(token, name, newPassword.getPassword(),
                    ClientAddress.of(request));
            if (accepted.newAccount()) {
                FacesErrors.info("Your account has been created and you are signed in.");
                boolean signedIn = flow.signInNow(accepted.email(), newPassword.getPassword(), null);
                newPassword.clear();
                if (signedIn) {
                    return;
                }
                FacesErrors.info("Sign in with your email address and new password.");
            } else {
                FacesErrors.info("Your account now has the role you were invited to. Sign in as usual.");
            }
            Pages.redirect("/sign-in.xhtml");
        } catch (ValidationFailure e) {
            newPassword.clear();
            FacesErrors.show("accept", e);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public InvitationService.Preview getPreview() {
        return preview;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public NewPasswordForm getNewPassword() {
        return newPassword;
    }
}
