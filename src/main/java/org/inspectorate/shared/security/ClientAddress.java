package org.inspectorate.shared.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from. Behind a reverse proxy listed in {@code TRUSTED_PROXIES}, Liberty's
 * {@code remoteIp} gives the client's address from X-Forwarded-For; anyone else's X-Forwarded-For is ignored, so
 * a client cannot choose the address the audit trail records.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address != null && address.length() > 64 ? address.substring(0, 64) : address;
    }
}
