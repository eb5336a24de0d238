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
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
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

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_location_scope", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "location_id", nullable = false)
    private Set<String> locationScope = new HashSet<>();

    /** A staff member's team and region (registry and triage names), for their queues and their work. */
    @Column(name = "team")
    private String team;

    @Column(name = "region")
    private String region;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /** Sealed at rest ({@link org.inspectorate.shared.security.SecretBox}); opened only to check a code. */
    @Column(name = "mfa_secret")
    private String mfaSecret;

    @Column(name = "mfa_enabled_at")
    private Instant mfaEnabledAt;

    @Column(name = "mfa_last_step")
    private Long mfaLastStep;

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
        this.passwordChangedAt = Instant.now();
    }

    /** The provider role of a provider user (each has exactly one). */
    public Role providerRole() {
        return roles.stream().filter(r -> r.kind() == AccountKind.PROVIDER).findFirst().orElse(null);
    }

    /**
     * Gives a provider user a new role and, for location-scoped roles, the locations they work with. The
     * caller has checked that the locations belong to the user's organisation.
     */
    public void assignProviderRole(Role role, Set<String> locations) {
        if (kind != AccountKind.PROVIDER || role == null || role.kind() != AccountKind.PROVIDER) {
            throw new IllegalArgumentException("Not a provider role for this account: " + role);
        }
        roles.clear();
        roles.add(role);
        locationScope.clear();
        if (role.scoped()) {
            locationScope.addAll(locations);
        }
    }

    /** Gives a staff member these staff roles (at least one), in this team and region (either may be null). */
    public void assignStaffRoles(Set<Role> newRoles, String newTeam, String newRegion) {
        if (kind != AccountKind.STAFF || newRoles.isEmpty() || newRoles.stream().anyMatch(r -> r.kind() != AccountKind.STAFF)) {
            throw new IllegalArgumentException("Not staff roles for this account: " + newRoles);
        }
        roles.clear();
        roles.addAll(newRoles);
        team = newTeam;
        region = newRegion;
    }

    public boolean removed() {
        return removedAt != null;
    }

    public String team() {
        return team;
    }

    public String region() {
        return region;
    }

    public boolean isProviderAdmin() {
        return roles.contains(Role.PROVIDER_ADMIN);
    }

    public void suspend() {
        active = false;
    }

    public void reactivate() {
        if (removedAt != null) {
            throw new IllegalStateException("A removed account cannot be reactivated");
        }
        active = true;
    }

    /** Removal keeps the row (the audit trail refers to it) but the account can never sign in again. */
    public void remove(Instant now) {
        active = false;
        removedAt = now;
    }

    public void rename(String newName) {
        this.displayName = newName.strip();
    }

    public boolean mfaEnabled() {
        return mfaEnabledAt != null && mfaSecret != null;
    }

    public void enableMfa(String secret, long usedStep, Instant now) {
        this.mfaSecret = org.inspectorate.shared.security.Secrets.box().seal(secret);
        this.mfaEnabledAt = now;
        this.mfaLastStep = usedStep;
    }

    public void disableMfa() {
        this.mfaSecret = null;
        this.mfaEnabledAt = null;
        this.mfaLastStep = null;
    }

    /** Checks a one-time password from the user's authenticator; a code is good once only. */
    public boolean acceptOneTimePassword(String code, Instant now) {
        if (!mfaEnabled()) {
            return false;
        }
        var step = Mfa.matchingStep(org.inspectorate.shared.security.Secrets.box().open(mfaSecret), code, now,
                mfaLastStep);
        step.ifPresent(s -> mfaLastStep = s);
        return step.isPresent();
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
        if (kind == AccountKind.PROVIDER) {
            s.put("locations", new TreeSet<>(locationScope));
        }
        if (removedAt != null) {
            s.put("removed", true);
        }
        if (kind == AccountKind.STAFF) {
            s.put("team", team);
            s.put("region", region);
        }
        s.put("mfa", mfaEnabled());
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

    @PostUpdate
    @PostRemove
    void changed() {
        AccountChanges.accountChanged();
    }

    public Set<String> locationScope() {
        return Set.copyOf(locationScope);
    }

    public Instant removedAt() {
        return removedAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public Instant mfaEnabledAt() {
        return mfaEnabledAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int version() {
        return version;
    }
}
