package org.inspectorate.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    @Test
    void groupsAreTheKindAndEveryRole() {
        UserAccount u = UserAccount.staff("Ivy@Example.org ", "Ivy", "h", Set.of(Role.INSPECTOR, Role.MANAGER));
        assertEquals(Set.of("STAFF", "INSPECTOR", "MANAGER"), u.groups());
        assertEquals("ivy@example.org", u.email());
    }

    @Test
    void rolesMustSuitTheKindOfAccount() {
        assertThrows(IllegalArgumentException.class,
                () -> UserAccount.staff("a@b.example", "A", "h", Set.of(Role.PROVIDER_ADMIN)));
        assertThrows(IllegalArgumentException.class,
                () -> UserAccount.providerUser("a@b.example", "A", "h", "1-101234567", Set.of(Role.INSPECTOR)));
        assertThrows(IllegalArgumentException.class,
                () -> UserAccount.providerUser("a@b.example", "A", "h", null, Set.of(Role.READ_ONLY)));
    }

    @Test
    void aStaffMembersRolesTeamAndRegionAreSetTogetherAndOnlyStaffRolesFit() {
        UserAccount u = UserAccount.staff("n@inspectorate.local", "Nia", "h", Set.of(Role.INSPECTOR));
        u.assignStaffRoles(Set.of(Role.INSPECTOR, Role.MANAGER), "HOSPITALS", "LONDON");
        assertEquals(Set.of("STAFF", "INSPECTOR", "MANAGER"), u.groups());
        assertEquals("HOSPITALS", u.team());
        assertEquals("LONDON", u.auditSnapshot().get("region"));
        assertThrows(IllegalArgumentException.class, () -> u.assignStaffRoles(Set.of(), null, null));
        assertThrows(IllegalArgumentException.class, () -> u.assignStaffRoles(Set.of(Role.CONTRIBUTOR), null, null));
        UserAccount p = UserAccount.providerUser("p@b.example", "P", "h", "1-101234567", Set.of(Role.READ_ONLY));
        assertThrows(IllegalArgumentException.class, () -> p.assignStaffRoles(Set.of(Role.INSPECTOR), null, null));
    }

    @Test
    void anEndedAccountCannotBeReactivated() {
        UserAccount u = UserAccount.staff("l@inspectorate.local", "Lee", "h", Set.of(Role.INSPECTOR));
        u.remove(java.time.Instant.now());
        org.junit.jupiter.api.Assertions.assertTrue(u.removed());
        assertThrows(IllegalStateException.class, u::reactivate);
    }
}
