package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.domain.Role;
import org.inspectorate.identity.domain.UserAccount;
import org.inspectorate.identity.persistence.AccountRepository;
import org.inspectorate.identity.persistence.CoverRepository;
import org.inspectorate.identity.persistence.CredentialRepository;
import org.inspectorate.identity.persistence.OrganisationRepository;

/**
 * An administrator's changes to their organisation's users: roles and locations, suspension, removal, and
 * whether everyone must use a second factor. An organisation is never left without an active administrator.
 */
@ApplicationScoped
public class TeamService {

    @Inject
    ProviderAccess access;

    @Inject
    AccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CoverRepository covers;

    @Inject
    TeamRules rules;

    @Inject
    CredentialRepository credentials;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public void changeRole(long userId, String role, Set<String> locations) {
        String providerId = access.requireAdministrator();
        Role newRole = rules.providerRole("role", role);
        Set<String> scope = rules.checkedScope(newRole, locations, "locations");
        UserAccount user = member(providerId, userId);
        if (user.isProviderAdmin() && newRole != Role.PROVIDER_ADMIN) {
            rules.keepAnAdministrator(providerId, user, "role");
        }
        Map<String, Object> before = user.auditSnapshot();
        user.assignProviderRole(newRole, scope);
        audit.record("USER_ROLE_CHANGED", "UserAccount", String.valueOf(userId), before, user.auditSnapshot(), null);
    }

    @Transactional
    public void suspend(long userId) {
        String providerId = access.requireAdministrator();
        UserAccount user = member(providerId, userId);
        if (user.isProviderAdmin()) {
            rules.keepAnAdministrator(providerId, user, "user");
        }
        Map<String, Object> before = user.auditSnapshot();
        user.suspend();
        accounts.endSessionsOf(userId, null, clock.instant(), "Account suspended");
        audit.record("USER_SUSPENDED", "UserAccount", String.valueOf(userId), before, user.auditSnapshot(), null);
    }

    @Transactional
    public void reactivate(long userId) {
        String providerId = access.requireAdministrator();
        UserAccount user = member(providerId, userId);
        Map<String, Object> before = user.auditSnapshot();
        user.reactivate();
        audit.record("USER_REACTIVATED", "UserAccount", String.valueOf(userId), before, user.auditSnapshot(), null);
    }

    @Transactional
    public void remove(long userId) {
        String providerId = access.requireAdministrator();
        UserAccount user = member(providerId, userId);
        if (user.isProviderAdmin()) {
            rules.keepAnAdministrator(providerId, user, "user");
        }
        Instant now = clock.instant();
        Map<String, Object> before = user.auditSnapshot();
        user.remove(now);
        accounts.endSessionsOf(userId, null, now, "Account removed");
        covers.currentInvolving(userId, access.today()).forEach(c -> {
            c.end(now);
            audit.record("COVER_ENDED", "LocationCover", String.valueOf(c.id()), null, c.auditSnapshot(),
                    "A user it involved was removed");
        });
        audit.record("USER_REMOVED", "UserAccount", String.valueOf(userId), before, user.auditSnapshot(), null);
    }

    /**
     * Clears a colleague's authenticator app and recovery codes, for someone who lost both: they sign in
     * with their password and, where the organisation requires it, set up a new app straight away.
     */
    @Transactional
    public void resetSecondFactor(long userId) {
        String providerId = access.requireAdministrator();
        UserAccount user = member(providerId, userId);
        Map<String, Object> before = user.auditSnapshot();
        user.disableMfa();
        credentials.deleteRecoveryCodes(userId);
        accounts.endSessionsOf(userId, null, clock.instant(), "Second factor reset by an administrator");
        audit.record("MFA_RESET", "UserAccount", String.valueOf(userId), before, user.auditSnapshot(),
                "Authenticator app and recovery codes cleared by an administrator");
    }

    @Transactional
    public void requireMfa(boolean required) {
        String providerId = access.requireAdministrator();
        var settings = organisations.securityForUpdate(providerId);
        boolean before = settings.mfaRequired();
        settings.requireMfa(required, access.caller().userId(), clock.instant());
        audit.record("ORGANISATION_MFA_POLICY_CHANGED", "Provider", providerId, Map.of("mfaRequired", before),
                Map.of("mfaRequired", required), null);
    }

    private UserAccount member(String providerId, long userId) {
        UserAccount u = accounts.findForUpdate(userId).filter(a -> a.removedAt() == null).orElse(null);
        access.checkOwnedBy("UserAccount", String.valueOf(userId), u == null ? null : u.providerId());
        return u;
    }
}
