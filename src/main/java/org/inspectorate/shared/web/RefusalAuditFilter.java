package org.inspectorate.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.RequestActor;
import org.inspectorate.shared.text.Bounded;

/**
 * Puts every refusal by role on the audit trail: a 403 from the container's security constraints (seen on the
 * error dispatch), from {@code @RolesAllowed} on an API operation, or from anything else that answers 403. A refusal
 * the application has already recorded itself (by scope, with the record it concerns) is not recorded again. The
 * record holds the method, the path (bounded, without the query) and who was refused.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RefusalAuditFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RefusalAuditFilter.class.getName());
    static final int MAX_PATH = 200;

    @Inject
    AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (Integer.valueOf(403).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
                record(request, String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
            }
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == 403) {
            record(request, request.getRequestURI());
        }
    }

    private void record(HttpServletRequest request, String uri) {
        if (request.getAttribute(RequestActor.SECURITY_EVENT_RECORDED) != null) {
            return;
        }
        request.setAttribute(RequestActor.SECURITY_EVENT_RECORDED, Boolean.TRUE);
        Object caller = request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        String roles = caller instanceof Caller c ? String.join(",", new java.util.TreeSet<>(c.roles())) : "";
        String detail = request.getMethod() + " " + Bounded.of(uri, MAX_PATH) + ": refused"
                + (roles.isEmpty() ? "" : " for roles " + Bounded.of(roles, 200));
        try {
            audit.recordSecurityEvent("ACCESS_REFUSED", "Request", null, detail);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record a refusal on the audit trail", e);
        }
    }
}
