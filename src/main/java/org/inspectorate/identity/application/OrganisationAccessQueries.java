package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.domain.AdminRecoveryRequest;
import org.inspectorate.identity.persistence.InvitationRepository;
import org.inspectorate.identity.persistence.OrganisationRepository;
import org.inspectorate.identity.persistence.RecoveryRequestRepository;
import org.inspectorate.registry.application.RegisterContacts;
import org.inspectorate.registry.application.RegisterLookups;
import org.inspectorate.registry.application.RegisteredContact;
import org.inspectorate.shared.domain.PageRequest;

/**
 * The regulator's view of provider organisations' portal access: the queue of recovery requests, and one
 * organisation's users, invitations and register contacts. Registration officers and administrators only;
 * reads of names and addresses are audited.
 */
@ApplicationScoped
public class OrganisationAccessQueries {

    @Inject
    StaffAccess staff;

    @Inject
    RecoveryRequestRepository requests;

    @Inject
    OrganisationRepository organisations;

    @Inject
    InvitationRepository invitations;

    @Inject
    RegisterContacts contacts;

    @Inject
    RegisterLookups register;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The size and age of the recovery request queue, for metrics. */
    public record QueueStats(long pending, long oldestAgeSeconds) {
    }

    @Transactional
    public List<RecoveryRequestRecord> pendingRequests(String providerId, PageRequest page) {
        staff.requireAccessOfficer();
        List<AdminRecoveryRequest> found = requests.pending(providerId, page);
        if (!found.isEmpty()) {
            audit.record("PERSONAL_DATA_VIEWED", "AdminRecoveryRequest", providerId,
                    "Access recovery requests (" + found.size() + ")");
        }
        return found.stream().map(this::record).toList();
    }

    @Transactional
    public long countPendingRequests(String providerId) {
        staff.requireAccessOfficer();
        return requests.countPending(providerId);
    }

    @Transactional
    public List<TeamMember> users(String providerId, PageRequest page) {
        staff.requireAccessOfficer();
        audit.record("PERSONAL_DATA_VIEWED", "Provider", providerId, "Portal users of the organisation");
        return organisations.users(providerId, page).stream().map(TeamMember::of).toList();
    }

    @Transactional
    public long countUsers(String providerId) {
        staff.requireAccessOfficer();
        return organisations.countUsers(providerId);
    }

    @Transactional
    public long activeAdministrators(String providerId) {
        staff.requireAccessOfficer();
        return organisations.countActiveAdministrators(providerId);
    }

    @Transactional
    public List<InvitationRecord> pendingInvitations(String providerId) {
        staff.requireAccessOfficer();
        var now = clock.instant();
        return invitations.pending(providerId, now, new PageRequest(1, PageRequest.MAX_SIZE)).stream()
                .map(i -> InvitationRecord.of(i, now)).toList();
    }

    /** The people the register names for the provider, with their addresses, to verify a request against. */
    @Transactional
    public List<RegisteredContact> registerContacts(String providerId) {
        staff.requireAccessOfficer();
        audit.record("PERSONAL_DATA_VIEWED", "Provider", providerId, "Register contacts, to verify portal access");
        return contacts.contactsOf(providerId);
    }

    @Transactional
    public QueueStats queueStats() {
        long pending = requests.countPending(null);
        long age = requests.oldestPending().map(t -> Math.max(0, Duration.between(t, clock.instant()).toSeconds()))
                .orElse(0L);
        return new QueueStats(pending, age);
    }

    private RecoveryRequestRecord record(AdminRecoveryRequest r) {
        String match = contacts.contactsOf(r.providerId()).stream()
                .filter(c -> c.email() != null && c.email().toLowerCase(Locale.ROOT).equals(r.requesterEmail()))
                .map(c -> c.capacity() + " " + c.name()).findFirst().orElse(null);
        return RecoveryRequestRecord.of(r, register.providerName(r.providerId()).orElse(r.providerId()), match);
    }
}
