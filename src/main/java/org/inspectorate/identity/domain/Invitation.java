package org.inspectorate.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An invitation to join a provider organisation's portal with a role. The link in its email carries a
 * secret token of which only a hash is stored; it works once, and only until it expires.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    public static final Duration VALID_FOR = Duration.ofDays(7);

    /** Who started it: a colleague, the register's contact verifying by email, or the regulator's staff. */
    public enum Origin { COLLEAGUE, REGISTER, STAFF_RECOVERY }

    public enum Status { PENDING, ACCEPTED, EXPIRED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provider_id", nullable = false)
    private String providerId;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false)
    private Origin origin;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_user")
    private Long acceptedUser;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invitation_location", joinColumns = @JoinColumn(name = "invitation_id"))
    @Column(name = "location_id", nullable = false)
    private Set<String> locations = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Invitation() {
    }

    public Invitation(String providerId, String email, String displayName, Role role, Set<String> locations,
            Origin origin, String tokenHash, Long invitedBy, Instant now) {
        if (role == null || role.kind() != AccountKind.PROVIDER) {
            throw new IllegalArgumentException("Not a provider role: " + role);
        }
        this.providerId = providerId;
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.displayName = displayName.strip();
        this.role = role;
        this.locations = role.scoped() ? new HashSet<>(locations) : new HashSet<>();
        this.origin = origin;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = now.plus(VALID_FOR);
    }

    public Status statusAt(Instant now) {
        if (acceptedAt != null) {
            return Status.ACCEPTED;
        }
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt.isAfter(now) ? Status.PENDING : Status.EXPIRED;
    }

    public void accept(Instant now, long userId) {
        if (statusAt(now) != Status.PENDING) {
            throw new IllegalStateException("Invitation " + id + " is " + statusAt(now));
        }
        acceptedAt = now;
        acceptedUser = userId;
    }

    public void revoke(Instant now) {
        if (statusAt(now) != Status.PENDING) {
            throw new IllegalStateException("Invitation " + id + " is " + statusAt(now));
        }
        revokedAt = now;
    }

    public Map<String, Object> auditSnapshot(Instant now) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("providerId", providerId);
        s.put("email", email);
        s.put("name", displayName);
        s.put("role", role.name());
        s.put("locations", new TreeSet<>(locations));
        s.put("origin", origin.name());
        s.put("expiresAt", expiresAt.toString());
        s.put("status", statusAt(now).name());
        return s;
    }

    public Long id() {
        return id;
    }

    public String providerId() {
        return providerId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Origin origin() {
        return origin;
    }

    public Set<String> locations() {
        return Set.copyOf(locations);
    }

    public Long invitedBy() {
        return invitedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
