package org.inspectorate.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManagerRegistrationTest {

    static final LocalDate OPENED = LocalDate.of(2024, 1, 10);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static Location location() {
        Provider p = new Provider("1-101000001", "Oak Care Ltd", ProviderType.ORGANISATION,
                new Address("1 Road", null, "Leeds", null, "LS1 4AB"), Region.YORKSHIRE_AND_THE_HUMBER, "Leeds",
                OPENED);
        Location l = new Location("1-500000001", p, "Oak House", new Address("2 Road", null, "Leeds", null,
                "LS1 4AB"), Region.YORKSHIRE_AND_THE_HUMBER, "Leeds", OPENED);
        l.registerActivity(RegulatedActivity.ACCOMMODATION_NURSING_PERSONAL_CARE, OPENED);
        l.registerActivity(RegulatedActivity.NURSING_CARE, OPENED);
        return l;
    }

    private static Person person(String given, String family) {
        return new Person(null, given, family, given.toLowerCase() + "@example.com", null);
    }

    @Test
    void registersAManagerForAllActivitiesOrForSome() {
        Location l = location();
        LocationManagers managers = l.managers(List.of());
        ManagerRegistration all = managers.register(person("Robin", "Ash"), Set.of(), TODAY);
        assertTrue(all.allActivities());
        assertTrue(all.covers(RegulatedActivity.NURSING_CARE));
        ManagerRegistration some = managers.register(person("Sam", "Birch"), Set.of(RegulatedActivity.NURSING_CARE),
                TODAY);
        assertFalse(some.allActivities());
        assertEquals(List.of(RegulatedActivity.NURSING_CARE), some.activities());
        assertFalse(some.covers(RegulatedActivity.ACCOMMODATION_NURSING_PERSONAL_CARE));
        assertEquals(2, managers.current().size());
    }

    @Test
    void namingEveryActivityOfTheLocationIsAllActivities() {
        Location l = location();
        ManagerRegistration r = l.managers(List.of()).register(person("Robin", "Ash"),
                Set.of(RegulatedActivity.NURSING_CARE, RegulatedActivity.ACCOMMODATION_NURSING_PERSONAL_CARE), TODAY);
        assertTrue(r.allActivities());
    }

    @Test
    void refusesAnActivityNotCarriedOnAPersonAlreadyRegisteredOrALocationOffTheRegister() {
        Location l = location();
        LocationManagers managers = l.managers(List.of());
        IllegalArgumentException notHere = assertThrows(IllegalArgumentException.class, () -> managers.register(
                person("Robin", "Ash"), Set.of(RegulatedActivity.SURGICAL_PROCEDURES), TODAY));
        assertTrue(notHere.getMessage().contains("Surgical procedures is not registered at Oak House"));
        managers.register(person("Robin", "Ash"), Set.of(), TODAY);
        assertThrows(IllegalStateException.class, () -> managers.register(person("robin ", " ASH"), Set.of(), TODAY));
        l.deregister(TODAY);
        IllegalStateException off = assertThrows(IllegalStateException.class,
                () -> l.managers(List.of()).register(person("Sam", "Birch"), Set.of(), TODAY));
        assertTrue(off.getMessage().contains("not on the register"));
    }

    @Test
    void cancelsARegisteredManagerByNameIgnoringCaseSpacesAndTitle() {
        Location l = location();
        List<ManagerRegistration> stored = new ArrayList<>();
        Person dr = new Person("Dr", "Robin", "Ash", null, null);
        stored.add(l.managers(List.of()).register(dr, Set.of(), OPENED));
        LocationManagers managers = l.managers(stored);
        ManagerRegistration cancelled = managers.cancel("  robin   ash ", TODAY);
        assertEquals(TODAY, cancelled.cancelledOn());
        assertFalse(cancelled.current());
        assertTrue(managers.current().isEmpty());
    }

    @Test
    void refusesCancellingAManagerWhoIsNotRegistered() {
        Location l = location();
        List<ManagerRegistration> stored = new ArrayList<>();
        stored.add(l.managers(List.of()).register(person("Robin", "Ash"), Set.of(), OPENED));
        LocationManagers managers = l.managers(stored);
        IllegalArgumentException nobody = assertThrows(IllegalArgumentException.class,
                () -> managers.cancel("Sam Birch", TODAY));
        assertEquals("Sam Birch is not a registered manager at Oak House", nobody.getMessage());
        managers.cancel("Robin Ash", TODAY);
        assertThrows(IllegalArgumentException.class, () -> managers.cancel("Robin Ash", TODAY),
                "a cancelled registration cannot be cancelled again");
        assertThrows(IllegalStateException.class, () -> stored.get(0).cancel(TODAY));
    }

    @Test
    void aCancellationCannotPrecedeTheRegistration() {
        ManagerRegistration r = location().managers(List.of()).register(person("Robin", "Ash"), Set.of(), TODAY);
        assertThrows(IllegalArgumentException.class, () -> r.cancel(TODAY.minusDays(1)));
        assertTrue(r.current());
    }

    @Test
    void aRegistrationLeftWithoutActivitiesEndsAndDeregistrationEndsThemAll() {
        Location l = location();
        LocationManagers managers = l.managers(List.of());
        ManagerRegistration nursing = managers.register(person("Sam", "Birch"), Set.of(RegulatedActivity.NURSING_CARE),
                OPENED);
        ManagerRegistration all = managers.register(person("Robin", "Ash"), Set.of(), OPENED);
        assertFalse(all.withdrawActivity(RegulatedActivity.NURSING_CARE, TODAY));
        assertTrue(nursing.withdrawActivity(RegulatedActivity.NURSING_CARE, TODAY));
        assertEquals(TODAY, nursing.cancelledOn());
        assertEquals(List.of(all), l.managers(List.of(nursing, all)).cancelAll(TODAY));
        assertFalse(all.current());
    }
}
