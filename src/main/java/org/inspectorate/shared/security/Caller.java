package org.inspectorate.shared.security;

import java.util.Set;

/**
 * The signed-in person or API client behind a request. {@code providerId} is set for provider users and
 * is the only organisation whose private data they may reach.
 */
public record Caller(Long userId, String name, Kind kind, String providerId, Set<String> roles, String sessionId) {

    public static final String REQUEST_ATTRIBUTE = Caller.class.getName();

    public enum Kind { STAFF, PROVIDER, PUBLIC, SYSTEM }

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller system(String name) {
        return new Caller(null, name, Kind.SYSTEM, null, Set.of(), null);
    }

    public static Caller anonymous() {
        return new Caller(null, "anonymous", Kind.PUBLIC, null, Set.of(), null);
    }

    public boolean isStaff() {
        return kind == Kind.STAFF;
    }

    public boolean isProvider() {
        return kind == Kind.PROVIDER;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Staff who manage others' work: managers and administrators. */
    public boolean isManager() {
        return isStaff() && (hasRole("MANAGER") || hasRole("ADMINISTRATOR"));
    }

    /** True when this caller may see private data of the given provider organisation. */
    /** Staff, the system's own jobs (never an HTTP request), or a user of that provider. */
    public boolean mayAccessProvider(String provider) {
        return isStaff() || kind == Kind.SYSTEM || isProvider() && providerId != null && providerId.equals(provider);
    }
}
