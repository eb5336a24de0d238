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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A person who can sign in: regulator staff, or a user of one provider organisation. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private AccountKind kind;

    @Column(name = "provider_id")
    private String providerId;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected UserAccount() {
    }

    private UserAccount(String email, String displayName, String passwordHash, AccountKind kind, String providerId,
            Set<Role> roles) {
        if (roles.isEmpty() || roles.stream().anyMatch(r -> r.kind() != kind)) {
            throw new IllegalArgumentException("Roles " + roles + " do not suit a " + kind + " account");
        }
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.kind = kind;
        this.providerId = providerId;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
    }

    public static UserAccount staff(String email, String displayName, String passwordHash, Set<Role> roles) {
        return new UserAccount(email, displayName, passwordHash, AccountKind.STAFF, null, roles);
    }

    public static UserAccount providerUser(String email, String displayName, String passwordHash, String providerId,
            Set<Role> roles) {
        if (providerId == null) {
            throw new IllegalArgumentException("A provider user belongs to a provider");
        }
        return new UserAccount(email, displayName, passwordHash, AccountKind.PROVIDER, providerId, roles);
    }

    /** True when sign-in is paused by back-off at this instant. */
    public boolean signInPausedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void recordFailedSignIn(Instant now, LockoutPolicy policy) {
        failedSignIns++;
        Duration pause = policy.pauseAfter(failedSignIns);
        lockedUntil = pause.isZero() ? null : now.plus(pause);
    }

    public void recordSignIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    /** The container security groups for this account: its kind and each role. */
    public Set<String> groups() {
        Set<String> groups = new TreeSet<>();
        groups.add(kind.name());
        roles.forEach(r -> groups.add(r.name()));
        return groups;
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("email", email);
        s.put("displayName", displayName);
        s.put("kind", kind.name());
        s.put("providerId", providerId);
        s.put("roles", new TreeSet<>(roles.stream().map(Role::name).toList()));
        s.put("active", active);
        return s;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public AccountKind kind() {
        return kind;
    }

    public String providerId() {
        return providerId;
    }

    public boolean active() {
        return active;
    }

    public int failedSignIns() {
        return failedSignIns;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }
}
