package org.inspectorate.identity.application;

import java.time.Instant;
import org.inspectorate.identity.domain.UserSession;

/** One of a user's signed-in sessions; {@code current} is the one making this request. */
public record SessionRecord(String id, Instant createdAt, Instant lastSeenAt, String sourceIp, String userAgent,
        boolean current) {

    static SessionRecord of(UserSession s, String currentId) {
        return new SessionRecord(s.id(), s.createdAt(), s.lastSeenAt(), s.sourceIp(), s.userAgent(),
                s.id().equals(currentId));
    }

    /** The browser in a few words, from its user agent. */
    public String device() {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown browser";
        }
        String ua = userAgent;
        String browser = ua.contains("Edg/") ? "Edge" : ua.contains("Firefox/") ? "Firefox"
                : ua.contains("Chrome/") || ua.contains("Chromium/") ? "Chrome" : ua.contains("Safari/") ? "Safari"
                : ua.contains("Java-http-client") ? "Java HTTP client" : "Other browser";
        String os = ua.contains("Windows") ? "Windows" : ua.contains("Mac OS") ? "macOS"
                : ua.contains("Android") ? "Android" : ua.contains("iPhone") || ua.contains("iPad") ? "iOS"
                : ua.contains("Linux") ? "Linux" : null;
        return os == null ? browser : browser + " on " + os;
    }
}
