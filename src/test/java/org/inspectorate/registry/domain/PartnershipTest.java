package org.inspectorate.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnershipTest {

    static final LocalDate REGISTERED = LocalDate.of(2022, 4, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static Provider provider(ProviderType type) {
        return new Provider("1-101000002", "Drs Ash and Birch", type, new Address("1 Road", null, "York", null,
                "YO1 7HH"), Region.YORKSHIRE_AND_THE_HUMBER, "York", REGISTERED);
    }

    private static Person person(String given, String family) {
        return new Person(null, given, family, null, null);
    }

    private static List<String> names(Provider p) {
        return p.partners().stream().map(Person::fullName).toList();
    }

    @Test
    void firstPartnersJoinOnTheDayOfRegistrationAndLaterOnesOnTheirDay() {
        Provider p = provider(ProviderType.PARTNERSHIP);
        p.addPartner(person("Robin", "Ash"));
        p.addPartner(person("Sam", "Birch"));
        Partner cedar = p.addPartner(person("Kim", "Cedar"), TODAY);
        assertEquals(List.of("Robin Ash", "Sam Birch", "Kim Cedar"), names(p));
        assertEquals(REGISTERED, p.currentPartners().get(0).joinedOn());
        assertEquals(TODAY, cedar.joinedOn());
    }

    @Test
    void aPartnerLeavesAndStaysOnRecord() {
        Provider p = provider(ProviderType.PARTNERSHIP);
        p.addPartner(person("Robin", "Ash"));
        p.addPartner(person("Sam", "Birch"));
        p.addPartner(person("Kim", "Cedar"));
        Partner left = p.removePartner(" sam  BIRCH", TODAY);
        assertEquals(TODAY, left.leftOn());
        assertEquals(List.of("Robin Ash", "Kim Cedar"), names(p));
    }

    @Test
    void refusesRemovingSomeoneWhoIsNotAPartner() {
        Provider p = provider(ProviderType.PARTNERSHIP);
        p.addPartner(person("Robin", "Ash"));
        p.addPartner(person("Sam", "Birch"));
        p.addPartner(person("Kim", "Cedar"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> p.removePartner("Lee Dunn", TODAY));
        assertEquals("Lee Dunn is not a partner of Drs Ash and Birch", e.getMessage());
        p.removePartner("Kim Cedar", TODAY);
        assertThrows(IllegalArgumentException.class, () -> p.removePartner("Kim Cedar", TODAY),
                "a partner who left cannot leave again");
    }

    @Test
    void refusesRemovingTheLastPartnersOfAPartnership() {
        Provider p = provider(ProviderType.PARTNERSHIP);
        p.addPartner(person("Robin", "Ash"));
        p.addPartner(person("Sam", "Birch"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.removePartner("Sam Birch", TODAY));
        assertTrue(e.getMessage().contains("at least 2 partners"), e.getMessage());
        assertEquals(2, p.currentPartners().size());
        p.addPartner(person("Kim", "Cedar"), TODAY);
        p.removePartner("Sam Birch", TODAY);
        assertEquals(List.of("Robin Ash", "Kim Cedar"), names(p));
    }

    @Test
    void refusesAPartnerTwiceOrAnyPartnerOutsideAPartnership() {
        Provider p = provider(ProviderType.PARTNERSHIP);
        p.addPartner(person("Robin", "Ash"));
        assertThrows(IllegalStateException.class, () -> p.addPartner(person("Robin", "Ash"), TODAY));
        Provider company = provider(ProviderType.ORGANISATION);
        assertThrows(IllegalStateException.class, () -> company.addPartner(person("Robin", "Ash"), TODAY));
        assertThrows(IllegalStateException.class, () -> company.removePartner("Robin Ash", TODAY));
    }

    @Test
    void aPartnerCannotLeaveBeforeJoining() {
        Provider p = provider(ProviderType.PARTNERSHIP);
        p.addPartner(person("Robin", "Ash"));
        p.addPartner(person("Sam", "Birch"));
        p.addPartner(person("Kim", "Cedar"), TODAY);
        assertThrows(IllegalArgumentException.class, () -> p.removePartner("Kim Cedar", TODAY.minusDays(1)));
        assertEquals(3, p.currentPartners().size());
    }
}
