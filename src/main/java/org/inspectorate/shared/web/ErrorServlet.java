package org.inspectorate.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.UUID;
import java.util.logging.Logger;
import org.inspectorate.shared.api.Problems;
import org.inspectorate.shared.failure.Failure;
import org.inspectorate.shared.failure.Failures;
import org.inspectorate.shared.text.Bounded;

/**
 * The one error page. API addresses get problem+json; everything else a plain page in the service's
 * style. Unexpected exceptions are logged with a reference and never shown.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        int status = code instanceof Integer i ? i : 500;
        if (error != null && isViewExpired(error)) {
            response.sendRedirect(uri.equals("null") ? request.getContextPath() + "/" : uri);
            return;
        }
        String reference = null;
        Failure failure = null;
        // Liberty attaches an exception to authorisation refusals too; a 4xx status wins over it.
        if (status >= 500 || status < 400) {
            failure = error == null ? null : Failures.classify(error);
            status = failure == null ? 500 : failure.status();
            if (failure == null || failure.unexpected()) {
                reference = UUID.randomUUID().toString();
                LOG.severe("Unexpected failure on " + Bounded.quote(uri) + ", reference " + reference
                        + (error == null ? "" : "\n" + Bounded.trace(error)));
            } else if (failure.unavailable()) {
                LOG.warning("Database unavailable on " + Bounded.quote(uri) + ": " + Bounded.quote(String.valueOf(error)));
            }
        }
        Message m = message(status, reference);
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        if (failure != null && failure.retryAfterSeconds() > 0) {
            response.setHeader("Retry-After", String.valueOf(failure.retryAfterSeconds()));
        }
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            if (failure != null && !failure.unexpected()) {
                Problems.write(response, failure);
            } else {
                Problems.write(response, status, m.title(), m.detail());
            }
            return;
        }
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Security-Policy", SecurityHeadersFilter.DEFAULT_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        String ctx = request.getContextPath();
        out.printf("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – Inspectorate</title>
                <link rel="stylesheet" href="%s/resources/css/inspectorate.css"></head>
                <body><a href="#main" class="skip-link">Skip to main content</a>
                <header class="app-header"><div class="app-width"><a class="app-logo" href="%s/">Inspectorate</a></div></header>
                <div class="app-width"><main id="main" tabindex="-1"><h1 class="app-heading-l">%s</h1><p>%s</p>
                <p><a href="%s/">Go to the start page</a></p></main></div></body></html>
                """, m.title(), ctx, ctx, m.title(), m.detail(), ctx);
    }

    private static boolean isViewExpired(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("ViewExpiredException")) {
                return true;
            }
        }
        return false;
    }

    record Message(String title, String detail) {
    }

    static Message message(int status, String reference) {
        return switch (status) {
            case 400 -> new Message("Bad request", "The request could not be understood. Check the address and try again.");
            case 401 -> new Message("Sign in required", "You need to sign in to see this page.");
            case 403 -> new Message("You cannot see this page", "Your account does not give you access to this page.");
            case 404 -> new Message("Page not found", "If you typed the web address, check it is correct.");
            case 410 -> new Message("Your link has expired", "The link you followed has expired or has been replaced"
                    + " by a newer one. Links to an application last 60 days. To get a new link, use \"Send me my link"
                    + " again\" on the apply to register page (/apply-to-register.xhtml) with the email address you"
                    + " applied with.");
            case 409 -> new Message("Someone else changed this", "The record was changed by someone else after you"
                    + " opened it. Go back, reload the page and make your change again.");
            case 503 -> new Message("Sorry, the service is unavailable", "The service is briefly unavailable. Your"
                    + " work is kept: nothing you sent has been half-saved. Try again in a few seconds.");
            case 413 -> new Message("The request is too large", "What you sent is larger than this page accepts.");
            case 405 -> new Message("Method not allowed", "This address does not accept that kind of request.");
            default -> new Message("Sorry, there is a problem with the service",
                    "Try again later. If you contact us, quote reference " + reference + ".");
        };
    }
}
