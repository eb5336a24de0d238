package org.inspectorate.shared.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The caller and network origin of the current request. Work that runs outside an HTTP request (start-up,
 * scheduled jobs) is done by the system.
 */
@RequestScoped
public class RequestActor {

    @Inject
    HttpServletRequest request;

    public Caller caller() {
        return httpRequest().map(r -> r.getAttribute(Caller.REQUEST_ATTRIBUTE))
                .filter(Caller.class::isInstance).map(Caller.class::cast)
                .orElseGet(() -> httpRequest().isPresent() ? Caller.anonymous() : Caller.system("system"));
    }

    public String sourceIp() {
        return httpRequest().map(ClientAddress::of).orElse(null);
    }

    public String userAgent() {
        return httpRequest().map(r -> r.getHeader("User-Agent"))
                .map(a -> a.substring(0, Math.min(a.length(), 300))).orElse(null);
    }

    /** Request attribute set once a security event (such as a refusal) has been recorded for this request. */
    public static final String SECURITY_EVENT_RECORDED = RequestActor.class.getName() + ".securityEventRecorded";

    /** Notes that this request's refusal is on record, so that it is not recorded twice. */
    public void noteSecurityEventRecorded() {
        httpRequest().ifPresent(r -> r.setAttribute(SECURITY_EVENT_RECORDED, Boolean.TRUE));
    }

    private Optional<HttpServletRequest> httpRequest() {
        try {
            request.getMethod();
            return Optional.of(request);
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }
}
