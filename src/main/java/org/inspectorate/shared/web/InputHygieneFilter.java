package org.inspectorate.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.inspectorate.shared.api.Problems;
import org.inspectorate.shared.text.Bounded;

/**
 * Input hygiene at the boundary, once for every page and API operation: an address, query parameter or form
 * field holding a control character (NUL above all, which PostgreSQL cannot store), a path segment or query
 * value longer than any id or search the service has, or a request body larger than the API accepts, is
 * refused with a 400 (or 413) before any code or query sees it. File uploads are streamed and checked by the
 * file store, so multipart bodies are left alone here.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class InputHygieneFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Longer than any id, code, date, search or filter the service takes in an address. */
    static final int MAX_ADDRESS_VALUE = 1000;
    static final int MAX_PATH_SEGMENT = 200;
    /** Largest JSON body an API operation accepts; files go through the upload endpoints instead. */
    static final long MAX_JSON_BODY = 2L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String problem = problem(request);
        if (problem != null) {
            refuse(request, response, 400, problem);
            return;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.contains("json") && request.getContentLengthLong() > MAX_JSON_BODY) {
            refuse(request, response, 413, "The request body is larger than " + MAX_JSON_BODY / 1024
                    + " KB. Send files through the upload operations.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String problem(HttpServletRequest request) {
        String path = request.getRequestURI();
        for (String segment : path.split("/")) {
            String decoded = decode(segment);
            if (decoded == null || Bounded.hasControlCharacters(decoded) || decoded.indexOf('\n') >= 0
                    || decoded.indexOf('\r') >= 0) {
                return "The address holds characters that are not allowed.";
            }
            if (decoded.length() > MAX_PATH_SEGMENT) {
                return "The address is too long: no id is longer than " + MAX_PATH_SEGMENT + " characters.";
            }
        }
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                String decoded = decode(pair);
                if (decoded == null || Bounded.hasControlCharacters(decoded)) {
                    return "A parameter in the address holds characters that are not allowed.";
                }
                if (decoded.length() > MAX_ADDRESS_VALUE) {
                    return "A parameter in the address is too long (at most " + MAX_ADDRESS_VALUE + " characters).";
                }
            }
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if ("POST".equals(request.getMethod()) && type.startsWith("application/x-www-form-urlencoded")) {
            for (String[] values : request.getParameterMap().values()) {
                for (String v : values) {
                    if (v != null && Bounded.hasControlCharacters(v)) {
                        return "Some text you entered holds characters that are not allowed (such as NUL)."
                                + " Remove them and try again.";
                    }
                }
            }
        }
        return null;
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Problems.write(response, status, status == 413 ? "Request too large" : "Invalid request", detail);
        } else {
            response.sendError(status, detail);
        }
    }
}
