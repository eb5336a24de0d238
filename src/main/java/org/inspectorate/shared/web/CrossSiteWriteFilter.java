package org.inspectorate.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.shared.api.Problems;
import org.inspectorate.shared.text.Bounded;

/**
 * Cross-site request forgery defence for the API, before any resource runs:
 * <ul>
 * <li>a write (POST, PUT, PATCH, DELETE) with a body a plain HTML form or a no-preflight script can send
 * ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}, {@code text/plain}) is refused with 415:
 * every API operation takes JSON or a file's bytes;</li>
 * <li>a write that comes with a browser session and no {@code Authorization} header must come from this service's
 * own pages: {@code Sec-Fetch-Site} same-origin (or none), or, from browsers that do not send it, an {@code Origin}
 * whose host and port are the request's {@code Host}. Anything else, a missing origin included, is refused with
 * 403 and audited. Callers with an Authorization header (API keys, HTTP Basic) carry no ambient credential and a
 * cross-site page cannot add that header without a preflight this server never grants.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class CrossSiteWriteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CrossSiteWriteFilter.class.getName());
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** The body types a cross-site form or a script without a CORS preflight can send. */
    static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Inject
    AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (FORM_TYPES.contains(baseType(request.getContentType()))) {
            Problems.write(response, 415, "Unsupported media type", "This operation takes JSON (Content-Type:"
                    + " application/json), or a file's bytes for uploads; form and plain-text bodies are refused.");
            return;
        }
        if (request.getHeader("Authorization") == null && request.getRequestedSessionId() != null
                && !sameOrigin(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"),
                        request.getHeader("Host"))) {
            refused(request);
            Problems.write(response, 403, "Forbidden", "A change made with a signed-in browser session must come"
                    + " from this service's own pages. Other programs use an API key or HTTP Basic authentication.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a browser's write comes from a page of this origin, by the headers browsers set themselves. */
    static boolean sameOrigin(String fetchSite, String origin, String host) {
        if (fetchSite != null && !fetchSite.isBlank()) {
            String s = fetchSite.strip().toLowerCase(Locale.ROOT);
            return s.equals("same-origin") || s.equals("none");
        }
        if (origin == null || host == null || origin.isBlank() || origin.strip().equals("null")) {
            return false;
        }
        try {
            URI u = new URI(origin.strip());
            if (u.getHost() == null || u.getRawPath() != null && !u.getRawPath().isEmpty()) {
                return false;
            }
            String authority = u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
            return authority.equalsIgnoreCase(host.strip());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private void refused(HttpServletRequest request) {
        String what = request.getMethod() + " " + Bounded.of(request.getRequestURI(), 200) + " from "
                + Bounded.of(String.valueOf(request.getHeader("Origin")), 100);
        try {
            audit.recordSecurityEvent("CROSS_SITE_WRITE_REFUSED", "Request", null, what);
        } catch (RuntimeException e) {
            LOG.warning("Could not audit a refused cross-site write: " + Bounded.quote(String.valueOf(e)));
        }
    }
}
