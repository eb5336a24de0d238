package org.inspectorate.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A signed-in session. Its id is a hash of the secret token held in the browser's HTTP session, so the
 * table alone cannot be used to hijack a session. Sessions end on sign-out, after being idle too long,
 * at an absolute limit, or when ended by the user or an administrator.
 */
@Entity
@Table(name = "user_session")
public class UserSession {

    public static final Duration IDLE_LIMIT = Duration.ofMinutes(30);
    public static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);
    private static final Duration TOUCH_INTERVAL = Duration.ofSeconds(60);

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "source_ip")
    private String sourceIp;

    @Column(name = "user_agent")
    private String userAgent;

    protected UserSession() {
    }

    public UserSession(String id, UserAccount user, Instant now, String sourceIp, String userAgent) {
        this.id = id;
        this.user = user;
        this.createdAt = now;
        this.lastSeenAt = now;
        this.expiresAt = now.plus(ABSOLUTE_LIMIT);
        this.sourceIp = sourceIp;
        this.userAgent = userAgent;
    }

    public boolean liveAt(Instant now) {
        return endedAt == null && user.active() && expiresAt.isAfter(now) && lastSeenAt.plus(IDLE_LIMIT).isAfter(now);
    }

    /** Records activity; returns true when the row changed (touches are throttled to spare the database). */
    public boolean touch(Instant now) {
        if (lastSeenAt.plus(TOUCH_INTERVAL).isBefore(now)) {
            lastSeenAt = now;
            return true;
        }
        return false;
    }

    /** The latest instant this session stays live if not used again (idle or absolute limit, whichever first). */
    public Instant liveUntil() {
        Instant idle = lastSeenAt.plus(IDLE_LIMIT);
        return idle.isBefore(expiresAt) ? idle : expiresAt;
    }

    @PostUpdate
    @PostRemove
    void changed() {
        AccountChanges.sessionChanged(id);
    }

    public void end(Instant now, String reason) {
        if (endedAt == null) {
            endedAt = now;
            endReason = reason;
        }
    }

    public String id() {
        return id;
    }

    public UserAccount user() {
        return user;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }

    public String sourceIp() {
        return sourceIp;
    }

    public String userAgent() {
        return userAgent;
    }
}
