package org.inspectorate.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Roles and scopes, invitations, cover, resets and recovery requests guard their own state. */
class PortalAccountRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void onlyLocationRolesKeepLocations() {
        UserAccount u = UserAccount.providerUser("a@b.example", "A", "h", "1-101234567", Set.of(Role.CONTRIBUTOR));
        u.assignProviderRole(Role.LOCATION_MANAGER, Set.of("1-500000001"));
        assertEquals(Set.of("1-500000001"), u.locationScope());
        assertEquals(Role.LOCATION_MANAGER, u.providerRole());
        u.assignProviderRole(Role.READ_ONLY, Set.of("1-500000001"));
        assertTrue(u.locationScope().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> u.assignProviderRole(Role.INSPECTOR, Set.of()));
        UserAccount staff = UserAccount.staff("s@x.example", "S", "h", Set.of(Role.INSPECTOR));
        assertThrows(IllegalArgumentException.class, () -> staff.assignProviderRole(Role.READ_ONLY, Set.of()));
    }

    @Test
    void aRemovedAccountStaysRemoved() {
        UserAccount u = UserAccount.providerUser("a@b.example", "A", "h", "1-101234567", Set.of(Role.READ_ONLY));
        u.suspend();
        u.reactivate();
        assertTrue(u.active());
        u.remove(NOW);
        assertFalse(u.active());
        assertThrows(IllegalStateException.class, u::reactivate);
    }

    @Test
    void anInvitationIsPendingUntilAcceptedRevokedOrExpired() {
        Invitation i = new Invitation("1-101234567", " New@Example.COM ", "New", Role.CONTRIBUTOR,
                Set.of("1-500000001"), Invitation.Origin.COLLEAGUE, "hash", 1L, NOW);
        assertEquals("new@example.com", i.email());
        assertEquals(Invitation.Status.PENDING, i.statusAt(NOW.plus(Duration.ofDays(6))));
        assertEquals(Invitation.Status.EXPIRED, i.statusAt(NOW.plus(Invitation.VALID_FOR)));
        i.accept(NOW, 5L);
        assertEquals(Invitation.Status.ACCEPTED, i.statusAt(NOW));
        assertThrows(IllegalStateException.class, () -> i.accept(NOW, 6L), "single use");
        assertThrows(IllegalStateException.class, () -> i.revoke(NOW));
        Invitation admin = new Invitation("1-101234567", "a@b.example", "A", Role.PROVIDER_ADMIN,
                Set.of("1-500000001"), Invitation.Origin.REGISTER, "h2", null, NOW);
        assertTrue(admin.locations().isEmpty(), "administrators see everything; no scope kept");
    }

    @Test
    void coverIsActiveFromItsFirstToItsLastDayThenLapses() {
        LocalDate first = LocalDate.of(2026, 12, 1);
        LocationCover c = new LocationCover("1-101234567", 1, 2, first, first.plusDays(6), "Leave", 9L, NOW);
        assertEquals(LocationCover.Status.UPCOMING, c.statusOn(first.minusDays(1)));
        assertTrue(c.activeOn(first));
        assertTrue(c.activeOn(first.plusDays(6)));
        assertEquals(LocationCover.Status.LAPSED, c.statusOn(first.plusDays(7)));
        c.end(NOW);
        assertEquals(LocationCover.Status.ENDED, c.statusOn(first.plusDays(2)));
        assertThrows(IllegalArgumentException.class,
                () -> new LocationCover("1-101234567", 1, 1, first, first, null, null, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new LocationCover("1-101234567", 1, 2, first, first.minusDays(1), null, null, NOW));
    }

    @Test
    void aResetLinkWorksOnceAndOnlyForHalfAnHour() {
        PasswordReset r = new PasswordReset(1, "hash", NOW, "127.0.0.1");
        assertTrue(r.usableAt(NOW.plus(Duration.ofMinutes(29))));
        assertFalse(r.usableAt(NOW.plus(PasswordReset.VALID_FOR)));
        r.use(NOW);
        assertFalse(r.usableAt(NOW));
        assertThrows(IllegalStateException.class, () -> r.use(NOW));
    }

    @Test
    void aRecoveryRequestIsDecidedOnce() {
        AdminRecoveryRequest r = new AdminRecoveryRequest("1-101234567", " Sam ", "Sam@Example.com ", "RM", "Left",
                null, NOW);
        assertEquals("sam@example.com", r.requesterEmail());
        r.grant(7, NOW, 3, " checked ");
        assertEquals(AdminRecoveryRequest.Status.GRANTED, r.status());
        assertEquals("checked", r.decisionNote());
        assertThrows(IllegalStateException.class, () -> r.reject(7, NOW, "no"));
    }

    @Test
    void recoveryCodesIgnoreCaseSpacesAndDashes() {
        assertEquals("abcdefghjkmn", RecoveryCode.normalise(" ABCD-efgh jkmn "));
    }
}
