package org.inspectorate.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.inspectorate.identity.application.SignInResult;
import org.inspectorate.identity.application.SignInService;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.ClientAddress;
import org.inspectorate.shared.web.NextPage;
import org.inspectorate.shared.web.Pages;

/** The steps between a right password and a signed-in session, shared by the sign-in pages. */
@RequestScoped
public class SignInFlow {

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @Inject
    SignInService signIn;

    HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    void begin(long userId, boolean enrol, String next) {
        request().getSession(true).setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(userId, enrol,
                clock.instant().plus(SignInService.SECOND_STEP_WINDOW), next, null));
    }

    Optional<PendingSignIn> pending() {
        HttpSession session = request().getSession(false);
        if (session != null && session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn p
                && p.liveAt(clock.instant())) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    void keep(PendingSignIn pending) {
        request().getSession(true).setAttribute(PendingSignIn.ATTRIBUTE, pending);
    }

    void clear() {
        HttpSession session = request().getSession(false);
        if (session != null) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
        }
    }

    /**
     * Signs the person in with the password they have just chosen (accepting an invitation, resetting a
     * password), as the sign-in page would: straight on, or to the second step their account needs. False when
     * that did not happen (throttled, refused): the caller then sends them to the sign-in page.
     */
    boolean signInNow(String email, String password, String next) {
        HttpServletRequest request = request();
        SignInResult result;
        try {
            result = signIn.signIn(email, password, ClientAddress.of(request), request.getHeader("User-Agent"));
        } catch (org.inspectorate.shared.domain.TooManyRequests e) {
            return false;
        }
        return proceed(result, next);
    }

    /**
     * Goes on from a right password as the account needs: signed in and on to where the person was going, or to the
     * second step (a code, or setting up the authenticator app first). False when the result was a refusal.
     */
    boolean proceed(SignInResult result, String next) {
        return switch (result.outcome()) {
            case SIGNED_IN -> finish(result.sessionToken(), next);
            case CODE_NEEDED, ENROLMENT_NEEDED -> {
                begin(result.userId(), result.outcome() == SignInResult.Outcome.ENROLMENT_NEEDED, next);
                Pages.redirect("/sign-in-code.xhtml"
                        + (next == null ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
                yield true;
            }
            default -> false;
        };
    }

    /** Binds the new session to this browser and goes on to where the person was going; false if refused. */
    boolean finish(String token, String next) {
        clear();
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = request();
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        AuthenticationStatus status = security.authenticate(request, response,
                AuthenticationParameters.withParams().credential(new SessionCredential(token)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return false;
        }
        Caller caller = (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        NextPage.keepMessages(faces);
        try {
            ext.redirect(ext.getRequestContextPath() + SignInView.destination(next, caller));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return true;
    }
}
