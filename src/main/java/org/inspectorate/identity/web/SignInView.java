package org.inspectorate.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.inspectorate.identity.application.SignInResult;
import org.inspectorate.identity.application.SignInService;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.ClientAddress;
import org.inspectorate.shared.web.FacesErrors;

/** The sign-in page. Failure messages never say whether the account exists. */
@Named
@RequestScoped
public class SignInView {

    static final String REFUSED = "The email address or password is not right, or sign-in is paused after several"
            + " failed attempts. Check them and try again in a few minutes, or reset your password.";

    @Inject
    SignInService signIn;

    @Inject
    SecurityContext security;

    private String email;
    private String password;
    private String next;

    public String signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        SignInResult result = signIn.signIn(email, password, ClientAddress.of(request), request.getHeader("User-Agent"));
        if (!result.succeeded()) {
            password = null;
            FacesErrors.field("signin:email", REFUSED);
            return null;
        }
        AuthenticationStatus status = security.authenticate(request, response,
                AuthenticationParameters.withParams().credential(new SessionCredential(result.sessionToken()))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            FacesErrors.field("signin:email", REFUSED);
            return null;
        }
        Caller caller = (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        ext.redirect(ext.getRequestContextPath() + destination(next, caller));
        faces.responseComplete();
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
