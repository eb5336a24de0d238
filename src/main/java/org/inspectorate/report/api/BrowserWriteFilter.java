package org.inspectorate.report.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.inspectorate.shared.api.Problems;

/**
 * Cross-site request forgery guard for JSON writes authenticated by the session cookie: such a request must
 * carry {@code X-Requested-With}, which a form on another site cannot send and a cross-site script cannot add
 * without a CORS preflight this server never grants. Requests with an Authorization header carry no cookie risk.
 */
@Provider
@BrowserWrite
public class BrowserWriteFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return;
        }
        if (request.getHeaderString("Authorization") != null) {
            return;
        }
        String marker = request.getHeaderString("X-Requested-With");
        if (marker == null || marker.isBlank()) {
            request.abortWith(Problems.response(403, "Forbidden",
                    "Requests from pages must send the X-Requested-With header."));
        }
    }
}
