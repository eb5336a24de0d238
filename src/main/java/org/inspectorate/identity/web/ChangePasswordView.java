package org.inspectorate.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.inspectorate.identity.application.AccountService;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Pages;

/** Changing your password; every other signed-in session ends. */
@Named
@RequestScoped
public class ChangePasswordView {

    @Inject
    AccountService accounts;

    private String current;
    private final NewPasswordForm newPassword = new NewPasswordForm();

    public void submit() {
        if (newPassword.mismatched()) {
            FacesErrors.field("password:confirm", "The new passwords do not match. Type the same password twice");
            return;
        }
        try {
            accounts.changePassword(current, newPassword.getPassword());
            FacesErrors.info("Your password has been changed. Every other signed-in session has been ended.");
            Pages.redirect("/account/index.xhtml");
        } catch (ValidationFailure e) {
            FacesErrors.show("password", e);
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public NewPasswordForm getNewPassword() {
        return newPassword;
    }
}
