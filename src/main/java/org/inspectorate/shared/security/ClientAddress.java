package org.inspectorate.shared.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from. Behind a reverse proxy, trust only the address the proxy appended
 * last; the application is not meant to be exposed without one in production.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].strip();
            return last.length() > 64 ? last.substring(0, 64) : last;
        }
        return request.getRemoteAddr();
    }
}
