package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.domain.AccountKind;
import org.inspectorate.identity.domain.PasswordReset;
import org.inspectorate.identity.domain.Role;
import org.inspectorate.identity.domain.UserAccount;
import org.inspectorate.identity.persistence.AccountRepository;
import org.inspectorate.identity.persistence.CredentialRepository;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.Validation;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.mail.MailOutbox;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.RequestActor;

/**
 * Administrators manage the regulator's staff accounts: add one (the person chooses their password from an emailed
 * link valid for a week), set its roles, team and region, suspend and reactivate it, end it, and clear its
 * authenticator app. Suspending or ending ends its sessions at once (reports it owned then show as stuck, their
 * owner gone). Each change is audited in its transaction.
 */
@ApplicationScoped
public class StaffAccountService {

    @Inject
    AccountRepository accounts;

    @Inject
    CredentialRepository credentials;

    @Inject
    PasswordHasher hasher;

    @Inject
    MailOutbox outbox;

    @Inject
    AccountMail mail;

    @Inject
    RequestActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The details of a staff account as an administrator gives them. */
    public record Details(String email, String name, Collection<String> roles, String team, String region) {
    }

    @Transactional
    public Page<StaffAccountRecord> list(PageRequest page) {
        requireAdministrator("list staff accounts", null);
        return new Page<>(accounts.staffPage(page.offset(), page.size()).stream().map(StaffAccountRecord::of).toList(),
                accounts.countStaff(), page);
    }

    @Transactional
    public long count() {
        requireAdministrator("list staff accounts", null);
        return accounts.countStaff();
    }

    @Transactional
    public StaffAccountRecord get(long id) {
        requireAdministrator("read staff accounts", id);
        return StaffAccountRecord.of(staff(id, false));
    }

    @Transactional
    public StaffAccountRecord add(Details d) {
        requireAdministrator("add staff accounts", null);
        String email = d.email() == null ? null : d.email().strip().toLowerCase(Locale.ROOT);
        Validation v = new Validation().requireText(email, "email", "their email address", 254)
                .require(email == null || email.isBlank() || EmailAddress.looksValid(email), "email",
                        "Enter an email address in the right format, like name@example.com")
                .requireText(d.name(), "name", "their full name", 200);
        Set<Role> roles = roles(d.roles(), v);
        String team = team(d.team(), v);
        String region = region(d.region(), v);
        v.throwIfInvalid();
        if (accounts.findByEmail(email).isPresent()) {
            throw ValidationFailure.of("email", "There is already an account with this email address");
        }
        UserAccount u = UserAccount.staff(email, d.name().strip(), hasher.hash(SessionTokens.newToken()), roles);
        u.assignStaffRoles(roles, team, region);
        accounts.add(u);
        accounts.flush();
        Instant now = clock.instant();
        String token = SessionTokens.newToken();
        PasswordReset link = new PasswordReset(u.id(), SessionTokens.hash(token), now, actor.sourceIp(),
                PasswordReset.WELCOME_VALID_FOR);
        credentials.add(link);
        outbox.queue(mail.staffWelcome(u, token, link));
        audit.record("STAFF_ACCOUNT_ADDED", "UserAccount", String.valueOf(u.id()), null, u.auditSnapshot(),
                "Password link emailed");
        return StaffAccountRecord.of(u);
    }

    @Transactional
    public StaffAccountRecord change(long id, Details d) {
        requireAdministrator("change staff accounts", id);
        UserAccount u = staff(id, true);
        Validation v = new Validation();
        Set<Role> roles = roles(d.roles(), v);
        String team = team(d.team(), v);
        String region = region(d.region(), v);
        v.throwIfInvalid();
        if (u.id().equals(actor.caller().userId()) && !roles.contains(Role.ADMINISTRATOR)) {
            throw ValidationFailure.of("roles", "You cannot take away your own administrator role");
        }
        var before = u.auditSnapshot();
        u.assignStaffRoles(roles, team, region);
        audit.record("STAFF_ACCOUNT_CHANGED", "UserAccount", String.valueOf(id), before, u.auditSnapshot(), null);
        return StaffAccountRecord.of(u);
    }

    @Transactional
    public StaffAccountRecord suspend(long id) {
        requireAdministrator("suspend staff accounts", id);
        UserAccount u = notSelf(staff(id, true), "suspend");
        var before = u.auditSnapshot();
        u.suspend();
        accounts.endSessionsOf(id, null, clock.instant(), "Account suspended");
        audit.record("STAFF_ACCOUNT_SUSPENDED", "UserAccount", String.valueOf(id), before, u.auditSnapshot(),
                "Every session ended");
        return StaffAccountRecord.of(u);
    }

    @Transactional
    public StaffAccountRecord reactivate(long id) {
        requireAdministrator("reactivate staff accounts", id);
        UserAccount u = staff(id, true);
        if (u.removed()) {
            throw ValidationFailure.of("status", "An ended account cannot be reactivated; add a new one");
        }
        var before = u.auditSnapshot();
        u.reactivate();
        audit.record("STAFF_ACCOUNT_REACTIVATED", "UserAccount", String.valueOf(id), before, u.auditSnapshot(), null);
        return StaffAccountRecord.of(u);
    }

    /** Ends the account for good (a leaver): it never signs in again; the audit trail keeps its name. */
    @Transactional
    public StaffAccountRecord end(long id) {
        requireAdministrator("end staff accounts", id);
        UserAccount u = notSelf(staff(id, true), "end");
        var before = u.auditSnapshot();
        Instant now = clock.instant();
        u.remove(now);
        accounts.endSessionsOf(id, null, now, "Account ended");
        audit.record("STAFF_ACCOUNT_ENDED", "UserAccount", String.valueOf(id), before, u.auditSnapshot(),
                "Every session ended");
        return StaffAccountRecord.of(u);
    }

    /** Clears a colleague's authenticator app (lost phone): they set up a new one at their next sign-in. */
    @Transactional
    public StaffAccountRecord clearAuthenticator(long id) {
        requireAdministrator("clear staff members' authenticators", id);
        UserAccount u = notSelf(staff(id, true), "clear the authenticator of");
        var before = u.auditSnapshot();
        u.disableMfa();
        accounts.endSessionsOf(id, null, clock.instant(), "Authenticator cleared");
        audit.record("STAFF_AUTHENTICATOR_CLEARED", "UserAccount", String.valueOf(id), before, u.auditSnapshot(),
                "By an administrator; every session ended");
        return StaffAccountRecord.of(u);
    }

    private void requireAdministrator(String what, Long id) {
        Caller c = actor.caller();
        if (!c.isStaff() || !c.hasRole(Role.ADMINISTRATOR.name())) {
            audit.recordSecurityEvent("ACCESS_REFUSED", "UserAccount", id == null ? null : String.valueOf(id),
                    "Not an administrator: " + what);
            throw new Forbidden("Only administrators can " + what);
        }
    }

    private UserAccount staff(long id, boolean forUpdate) {
        return (forUpdate ? accounts.findForUpdate(id) : accounts.find(id)).filter(u -> u.kind() == AccountKind.STAFF)
                .orElseThrow(() -> new NotFound("staff account", String.valueOf(id)));
    }

    private UserAccount notSelf(UserAccount u, String what) {
        if (u.id().equals(actor.caller().userId())) {
            throw ValidationFailure.of("status", "You cannot " + what + " your own account; ask another administrator");
        }
        return u;
    }

    private static Set<Role> roles(Collection<String> names, Validation v) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> staffRoles = Arrays.stream(Role.values()).filter(r -> r.kind() == AccountKind.STAFF)
                .map(Role::name).toList();
        for (String n : names == null ? List.<String>of() : names) {
            String name = n == null ? "" : n.strip().toUpperCase(Locale.ROOT);
            if (!staffRoles.contains(name)) {
                v.require(false, "roles", "Each role must be one of " + String.join(", ", staffRoles));
                return roles;
            }
            roles.add(Role.valueOf(name));
        }
        v.require(!roles.isEmpty(), "roles", "Choose at least one role");
        return roles;
    }

    private static String team(String raw, Validation v) {
        return named(raw, "team", org.inspectorate.triage.domain.Team.class, v);
    }

    private static String region(String raw, Validation v) {
        return named(raw, "region", org.inspectorate.registry.domain.Region.class, v);
    }

    private static <E extends Enum<E>> String named(String raw, String field, Class<E> type, Validation v) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String name = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        boolean known = Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(name));
        v.require(known, field, field + " must be one of " + String.join(", ", Arrays.stream(type.getEnumConstants())
                .map(Enum::name).toList()));
        return known ? name : null;
    }
}
