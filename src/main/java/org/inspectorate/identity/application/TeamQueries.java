package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.domain.LocationCover;
import org.inspectorate.identity.domain.UserAccount;
import org.inspectorate.identity.persistence.AccountRepository;
import org.inspectorate.identity.persistence.CoverRepository;
import org.inspectorate.identity.persistence.InvitationRepository;
import org.inspectorate.identity.persistence.OrganisationRepository;
import org.inspectorate.registry.application.LocationName;
import org.inspectorate.registry.application.RegisterLookups;
import org.inspectorate.shared.domain.PageRequest;

/**
 * What an organisation's administrators see of their team: users, pending invitations, cover. Everything
 * is of the caller's own organisation; a user id of another organisation is not found (audited).
 */
@ApplicationScoped
public class TeamQueries {

    @Inject
    ProviderAccess access;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountRepository accounts;

    @Inject
    InvitationRepository invitations;

    @Inject
    CoverRepository covers;

    @Inject
    RegisterLookups register;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public List<TeamMember> users(PageRequest page) {
        String providerId = access.requireAdministrator();
        audit.record("PERSONAL_DATA_VIEWED", "Provider", providerId, "Team list (names and email addresses)");
        return organisations.users(providerId, page).stream().map(TeamMember::of).toList();
    }

    @Transactional
    public long countUsers() {
        return organisations.countUsers(access.requireAdministrator());
    }

    @Transactional
    public TeamMember member(long userId) {
        access.requireAdministrator();
        UserAccount u = accounts.find(userId).filter(a -> a.removedAt() == null).orElse(null);
        access.checkOwnedBy("UserAccount", String.valueOf(userId), u == null ? null : u.providerId());
        audit.record("PERSONAL_DATA_VIEWED", "UserAccount", String.valueOf(userId), "Team member page");
        return TeamMember.of(u);
    }

    /** Active administrators of the caller's organisation: any of its users may know how many there are. */
    @Transactional
    public long activeAdministrators() {
        return organisations.countActiveAdministrators(access.requireProvider());
    }

    @Transactional
    public boolean mfaRequired() {
        return organisations.security(access.requireProvider()).map(s -> s.mfaRequired()).orElse(false);
    }

    @Transactional
    public List<LocationName> locationChoices() {
        return register.locationNames(access.requireAdministrator());
    }

    /** Active colleagues, for choosing who covers whom. */
    @Transactional
    public List<TeamMember> colleagues() {
        return organisations.allUsers(access.requireAdministrator()).stream().filter(UserAccount::active)
                .map(TeamMember::of).toList();
    }

    @Transactional
    public List<InvitationRecord> pendingInvitations(PageRequest page) {
        var now = clock.instant();
        return invitations.pending(access.requireAdministrator(), now, page).stream()
                .map(i -> InvitationRecord.of(i, now)).toList();
    }

    @Transactional
    public long countPendingInvitations() {
        return invitations.countPending(access.requireAdministrator(), clock.instant());
    }

    @Transactional
    public List<CoverRecord> currentCover(PageRequest page) {
        String providerId = access.requireAdministrator();
        var today = access.today();
        List<LocationCover> found = covers.current(providerId, today, page);
        Map<Long, String> names = organisations.allUsers(providerId).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName, (a, b) -> a));
        Function<Long, String> name = id -> names.getOrDefault(id, "Former user " + id);
        return found.stream().map(c -> new CoverRecord(c.id(), c.coveringUser(), name.apply(c.coveringUser()),
                c.coveredUser(), name.apply(c.coveredUser()), c.startsOn(), c.endsOn(), c.reason(),
                c.statusOn(today).name())).toList();
    }

    @Transactional
    public long countCurrentCover() {
        return covers.countCurrent(access.requireAdministrator(), access.today());
    }
}
