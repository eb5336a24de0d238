package org.inspectorate.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
            // PrimeFaces checks the page's CSP nonce on every form it sent back, and fails badly without one
            if (request.getParameter("jakarta.faces.ViewState") != null
                    && request.getParameter("primefaces.nonce") == null) {
                return "The form was sent without the page's security token. Reload the page and send it again.";
            }
        }
        return null;
    }

    /** Percent-decodes strictly: null for a broken escape or bytes that are not UTF-8. */
    static String decode(String part) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (i + 2 >= part.length() || Character.digit(part.charAt(i + 1), 16) < 0
                        || Character.digit(part.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Character.digit(part.charAt(i + 1), 16) * 16 + Character.digit(part.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
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
