package org.inspectorate.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.inspectorate.identity.application.SecondFactor;
import org.inspectorate.identity.application.SignInResult;
import org.inspectorate.identity.application.SignInService;
import org.inspectorate.shared.security.ClientAddress;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.NextPage;
import org.inspectorate.shared.web.Pages;

/**
 * The second step of signing in: a code from the authenticator app (or a recovery code), or, for an account
 * that must use one and has none, setting the app up with a QR code first.
 */
@Named
@RequestScoped
public class SecondFactorView {

    static final String WRONG_CODE = "The code is not right, or sign-in is paused after several failed attempts."
            + " Enter the 6-digit code your app shows now, or one of your recovery codes.";

    @Inject
    SignInService signIn;

    @Inject
    SignInFlow flow;

    @Inject
    SecondFactor secondFactor;

    private String code;
    private SecondFactor.Enrolment enrolment;

    /** Without a password step in the last few minutes there is nothing to do here: back to sign-in. */
    public void load() {
        var pending = flow.pending();
        if (pending.isEmpty()) {
            Pages.redirect("/sign-in.xhtml");
            return;
        }
        if (pending.get().enrol()) {
            enrolment = secondFactor.enrolmentFor(pending.get().userId(), pending.get().secret());
            if (pending.get().secret() == null) {
                flow.keep(pending.get().withSecret(enrolment.secret()));
            }
        }
    }

    public void submit() {
        var pending = flow.pending();
        if (pending.isEmpty()) {
            Pages.redirect("/sign-in.xhtml");
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String ip = ClientAddress.of(request);
        String agent = request.getHeader("User-Agent");
        if (pending.get().enrol()) {
            SignInService.Enrolled enrolled = signIn.completeWithEnrolment(pending.get().userId(),
                    pending.get().secret(), code, ip, agent);
            if (enrolled.result().succeeded()) {
                NextPage.put(RecoveryCodesNotice.KEY, new ArrayList<>(enrolled.recoveryCodes()));
                flow.finish(enrolled.result().sessionToken(), "/account/mfa.xhtml");
                return;
            }
        } else {
            SignInResult result = signIn.completeWithCode(pending.get().userId(), code, ip, agent);
            if (result.succeeded() && flow.finish(result.sessionToken(), pending.get().next())) {
                return;
            }
        }
        code = null;
        FacesErrors.field("second:code", WRONG_CODE);
        load();
    }

    public boolean isEnrolling() {
        return enrolment != null;
    }

    public SecondFactor.Enrolment getEnrolment() {
        return enrolment;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
