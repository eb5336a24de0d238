package org.inspectorate.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.inspectorate.identity.application.ApiClientService;
import org.inspectorate.identity.application.SessionService;
import org.inspectorate.identity.application.SignInService;
import org.inspectorate.identity.application.SignInThrottle;
import org.inspectorate.identity.domain.UserAccount;
import org.inspectorate.shared.api.Problems;
import org.inspectorate.shared.domain.TooManyRequests;
import org.inspectorate.shared.failure.Failure;
import org.inspectorate.shared.failure.Failures;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.ClientAddress;

/**
 * Authenticates every request. Browsers carry a session whose token is checked against the database on
 * each request, so a session ended elsewhere (sign-out, another device, suspension) stops working at
 * once. API callers may use HTTP Basic authentication instead. Unauthenticated requests for protected
 * pages go to the sign-in page; for the API they get a problem document.
 */
@ApplicationScoped
public class InspectorateAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String TOKEN_ATTRIBUTE = "inspectorate.sessionToken";

    @Inject
    SessionService sessions;

    @Inject
    SignInService signIn;

    @Inject
    ApiClientService apiClients;

    @Inject
    SignInThrottle throttle;

    /**
     * Checking a session or key needs the database; while it cannot be reached the caller is told the service
     * is briefly unavailable (503, Retry-After), never that their key or password is wrong.
     */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            if (Failures.classify(e).status() == 429) {
                return tooMany(response, e);
            }
            if (!Failures.isUnavailable(e)) {
                throw e;
            }
            return unavailable(request, response);
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() instanceof SessionCredential fresh) {
            return establish(request, context, fresh.token());
        }
        if (!context.isProtected() && isStaticResource(request)) {
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(TOKEN_ATTRIBUTE) instanceof String token) {
            Optional<Caller> caller = sessions.resolve(token);
            if (caller.isPresent()) {
                return notify(request, context, caller.get());
            }
            session.removeAttribute(TOKEN_ATTRIBUTE);
        }
        String authorization = request.getHeader("Authorization");
        if (isApi(request) && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(request, response, context, authorization.substring(6).strip());
        }
        if (isApi(request) && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String address = ClientAddress.of(request);
            java.time.Duration wait = throttle.wait(null, address);
            if (!wait.isZero()) {
                throw new TooManyRequests("Too many unknown API keys from this address. Try again later.", wait);
            }
            Optional<Caller> client = apiClients.authenticate(authorization.substring(7).strip());
            if (client.isEmpty()) {
                throttle.failed(null, address);
            }
            return client.isPresent() ? notify(request, context, client.get()) : unauthorised(request, response);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorised(request, response);
        }
        return redirectToSignIn(request, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(TOKEN_ATTRIBUTE) instanceof String token) {
            sessions.signOut(token, "Signed out");
            session.removeAttribute(TOKEN_ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus establish(HttpServletRequest request, HttpMessageContext context, String token) {
        Optional<Caller> caller = sessions.resolve(token);
        if (caller.isEmpty()) {
            return context.doNothing();
        }
        // A new session id on sign-in, so that a session id planted before sign-in is worthless.
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(TOKEN_ATTRIBUTE, token);
        return notify(request, context, caller.get());
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorised(request, response);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorised(request, response);
        }
        Optional<UserAccount> account = signIn.verify(decoded.substring(0, colon), decoded.substring(colon + 1),
                ClientAddress.of(request), "API_SIGN_IN");
        if (account.isEmpty()) {
            return unauthorised(request, response);
        }
        return notify(request, context, SessionService.callerOf(account.get(), null));
    }

    private static AuthenticationStatus notify(HttpServletRequest request, HttpMessageContext context, Caller caller) {
        request.setAttribute(Caller.REQUEST_ATTRIBUTE, caller);
        String principal = caller.userId() != null ? String.valueOf(caller.userId()) : caller.sessionId();
        return context.notifyContainerAboutLogin(principal, caller.roles());
    }

    private static AuthenticationStatus unauthorised(HttpServletRequest request, HttpServletResponse response) {
        try {
            // A page's own script (X-Requested-With) must not make the browser pop up its Basic sign-in dialog.
            if (request.getHeader("X-Requested-With") == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Inspectorate API\"");
            }
            Problems.write(response, 401, "Authentication required",
                    "Send an API key as a Bearer token, or a user's credentials with HTTP Basic authentication.");
        } catch (IOException e) {
            response.setStatus(401);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** 429 with Retry-After: a failure budget is spent, or the password checks are saturated. */
    private static AuthenticationStatus tooMany(HttpServletResponse response, RuntimeException e) {
        try {
            Problems.write(response, Failures.classify(e));
        } catch (IOException io) {
            response.setStatus(429);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        Failure failure = Failures.classify(new java.sql.SQLTransientConnectionException("database unavailable"));
        try {
            if (isApi(request)) {
                Problems.write(response, failure);
            } else {
                response.setHeader("Retry-After", String.valueOf(failure.retryAfterSeconds()));
                response.sendError(503);
            }
            response.flushBuffer();
        } catch (IOException | IllegalStateException e) {
            response.setStatus(503);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus redirectToSignIn(HttpServletRequest request, HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        if (!"GET".equals(request.getMethod())) {
            target = "/";
        }
        return context.redirect(request.getContextPath() + "/sign-in.xhtml?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
