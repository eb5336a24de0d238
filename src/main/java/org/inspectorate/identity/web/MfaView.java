package org.inspectorate.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.inspectorate.identity.application.AccountService;
import org.inspectorate.identity.application.MyAccount;
import org.inspectorate.identity.application.SecondFactor;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.NextPage;
import org.inspectorate.shared.web.Pages;

/**
 * Your second factor: setting up an authenticator app from a QR code, recovery codes (shown once), and
 * turning it off where your organisation does not require it.
 */
@Named
@ViewScoped
public class MfaView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    RecoveryCodesNotice notice;

    private MyAccount me;
    private SecondFactor.Enrolment enrolment;
    private String code;
    private String regenerateCode;
    private String disablePassword;

    @PostConstruct
    void init() {
        me = accounts.me();
        if (!me.mfaEnabled()) {
            enrolment = accounts.startEnrolment();
        }
    }

    public void confirm() {
        try {
            List<String> codes = accounts.confirmEnrolment(enrolment.secret(), code);
            showCodes(codes, "Your authenticator app is set up. From now on you will sign in with a code from it.");
        } catch (ValidationFailure e) {
            code = null;
            FacesErrors.show("enrol", e);
        }
    }

    public void regenerate() {
        try {
            showCodes(accounts.newRecoveryCodes(regenerateCode), "You have new recovery codes; the old ones no longer"
                    + " work.");
        } catch (ValidationFailure e) {
            regenerateCode = null;
            FacesErrors.show("codes", e);
        }
    }

    public void disable() {
        try {
            accounts.disableMfa(disablePassword);
            FacesErrors.info("Your account no longer uses an authenticator app.");
            Pages.redirect("/account/mfa.xhtml");
        } catch (ValidationFailure e) {
            disablePassword = null;
            FacesErrors.show("disable", e);
        }
    }

    private void showCodes(List<String> codes, String message) {
        NextPage.put(RecoveryCodesNotice.KEY, new ArrayList<>(codes));
        FacesErrors.info(message);
        Pages.redirect("/account/mfa.xhtml");
    }

    public MyAccount getMe() {
        return me;
    }

    public SecondFactor.Enrolment getEnrolment() {
        return enrolment;
    }

    public List<String> getNewCodes() {
        return notice.getCodes();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getRegenerateCode() {
        return regenerateCode;
    }

    public void setRegenerateCode(String regenerateCode) {
        this.regenerateCode = regenerateCode;
    }

    public String getDisablePassword() {
        return disablePassword;
    }

    public void setDisablePassword(String disablePassword) {
        this.disablePassword = disablePassword;
    }
}
