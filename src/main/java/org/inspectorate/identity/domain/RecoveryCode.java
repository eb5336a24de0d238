package org.inspectorate.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time code that stands in for the authenticator app when it is lost; only its hash is stored. */
@Entity
@Table(name = "mfa_recovery_code")
public class RecoveryCode {

    public static final int COUNT = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(long userId, String codeHash) {
        this.userId = userId;
        this.codeHash = codeHash;
    }

    /** Codes are shown in groups of four with dashes; case, spaces and dashes do not matter when typed. */
    public static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
    }

    public void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("Recovery code already used");
        }
        usedAt = now;
    }

    public Long userId() {
        return userId;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
