package org.inspectorate.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A password reset link: single use, valid for a short time; only a hash of its token is stored. */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

    public static final Duration VALID_FOR = Duration.ofMinutes(30);
    /** More requests than this for one account in an hour are ignored (and audited), to stop mail bombing. */
    public static final int MAX_PER_HOUR = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "source_ip")
    private String sourceIp;

    protected PasswordReset() {
    }

    public PasswordReset(long userId, String tokenHash, Instant now, String sourceIp) {
        this(userId, tokenHash, now, sourceIp, VALID_FOR);
    }

    /** A link valid for longer: the first password of a new staff account ({@link #WELCOME_VALID_FOR}). */
    public PasswordReset(long userId, String tokenHash, Instant now, String sourceIp, Duration validFor) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(validFor);
        this.sourceIp = sourceIp;
    }

    public static final Duration WELCOME_VALID_FOR = Duration.ofDays(7);

    public boolean usableAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    public void use(Instant now) {
        if (!usableAt(now)) {
            throw new IllegalStateException("Reset link " + id + " is used or expired");
        }
        usedAt = now;
    }

    /** Spent without being used, because a newer link was used or the password changed another way. */
    public void cancel(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public Long userId() {
        return userId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
