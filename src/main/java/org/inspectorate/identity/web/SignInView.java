package org.inspectorate.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.inspectorate.identity.application.SignInResult;
import org.inspectorate.identity.application.SignInService;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.ClientAddress;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;

/** The sign-in page. Failure messages never say whether the account exists. */
@Named
@RequestScoped
public class SignInView {

    static final String REFUSED = "The email address or password is not right, or sign-in is paused after several"
            + " failed attempts. Check them and try again in a few minutes, or reset your password.";

    @Inject
    SignInService signIn;

    @Inject
    SignInFlow flow;

    private String email;
    private String password;
    private String next;

    public String signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        SignInResult result;
        try {
            result = signIn.signIn(email, password, ClientAddress.of(request), request.getHeader("User-Agent"));
        } catch (org.inspectorate.shared.domain.TooManyRequests e) {
            result = SignInResult.throttled(e.retryAfter());
        }
        password = null;
        if (result.outcome() == SignInResult.Outcome.THROTTLED) {
            FacesErrors.field("signin:email", Messages.get("signin.throttled",
                    Math.max(1, (result.retryAfter().toSeconds() + 59) / 60)));
        } else if (!flow.proceed(result, next)) {
            FacesErrors.field("signin:email", REFUSED);
        }
        return null;
    }

    /** Only a path inside this application, never another site. */
    static String destination(String next, Caller caller) {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.contains("://") && !next.startsWith("/sign-in")) {
            return next;
        }
        if (caller != null && caller.isStaff()) {
            return "/staff/index.xhtml";
        }
        return caller != null && caller.isProvider() ? "/portal/index.xhtml" : "/index.xhtml";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
