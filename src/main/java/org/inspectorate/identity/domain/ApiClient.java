package org.inspectorate.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A machine credential of one provider organisation, for its systems to call the API (for example to
 * submit notifications). It acts for the organisation as a whole, like a contributor.
 */
@Entity
@Table(name = "api_client")
public class ApiClient {

    public static final String KEY_PREFIX = "insp_";
    private static final Duration USE_RECORD_INTERVAL = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provider_id", nullable = false)
    private String providerId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "key_prefix", nullable = false)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false)
    private String keyHash;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiClient() {
    }

    public ApiClient(String providerId, String name, String key, String keyHash, Long createdBy, Instant now) {
        this.providerId = providerId;
        this.name = name;
        this.keyPrefix = key.substring(0, Math.min(12, key.length()));
        this.keyHash = keyHash;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public boolean active() {
        return revokedAt == null;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Notes that the key was used; written at most every few minutes. */
    public void used(Instant now) {
        if (lastUsedAt == null || lastUsedAt.plus(USE_RECORD_INTERVAL).isBefore(now)) {
            lastUsedAt = now;
        }
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("providerId", providerId);
        s.put("name", name);
        s.put("keyPrefix", keyPrefix);
        s.put("revoked", revokedAt != null);
        return s;
    }

    public Long id() {
        return id;
    }

    public String providerId() {
        return providerId;
    }

    public String name() {
        return name;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
