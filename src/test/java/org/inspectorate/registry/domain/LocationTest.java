package org.inspectorate.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.ValidationFailure;
import org.junit.jupiter.api.Test;

class LocationTest {

    private final Provider provider = new Provider("1-101234567", "Bluebell Care Limited", ProviderType.ORGANISATION,
            new Address("1 High Street", null, "Leeds", null, "LS1 4AB"), Region.YORKSHIRE_AND_THE_HUMBER, "Leeds",
            LocalDate.of(2015, 1, 1));

    private Location careHome() {
        Location l = new Location("1-523456789", provider, "Oak House",
                new Address("2 High Street", null, "Leeds", null, "LS1 4AB"), Region.YORKSHIRE_AND_THE_HUMBER, "Leeds",
                LocalDate.of(2016, 5, 1));
        l.describeService(Set.of(ServiceType.CARE_HOME_WITHOUT_NURSING), Set.of(Specialism.DEMENTIA), 30);
        return l;
    }

    private static LocationDetails details(String name, String postcode, String phone, String website, Integer beds) {
        return new LocationDetails(name, null, "2 High Street", null, "Leeds", null, postcode, phone, website, beds,
                false);
    }

    @Test
    void changesDetailsAndNormalisesThePostcode() {
        Location l = careHome();
        l.changeDetails(details("Oak House Care Home", "ls1 4ab", "0113 496 0000", "https://oak.example", 32));
        assertEquals("Oak House Care Home", l.name());
        assertEquals("LS1 4AB", l.address().postcode());
        assertEquals(32, l.beds());
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        ValidationFailure f = assertThrows(ValidationFailure.class,
                () -> careHome().changeDetails(details(" ", "NOT A CODE", "call me", "oak.example", -1)));
        List<String> fields = f.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("name", "postcode", "phone", "website", "beds"), fields);
    }

    @Test
    void refusesBedsForALocationThatIsNotACareHome() {
        Location surgery = new Location("1-523456780", provider, "Oak Surgery",
                new Address("3 High Street", null, "Leeds", null, "LS1 4AB"), Region.YORKSHIRE_AND_THE_HUMBER, "Leeds",
                LocalDate.of(2016, 5, 1));
        surgery.describeService(Set.of(ServiceType.DOCTORS), Set.of(), null);
        ValidationFailure f = assertThrows(ValidationFailure.class,
                () -> surgery.changeDetails(details("Oak Surgery", "LS1 4AB", null, null, 10)));
        assertEquals("beds", f.errors().get(0).field());
        assertNull(surgery.beds());
    }

    @Test
    void badDetailsChangeNothing() {
        Location l = careHome();
        assertThrows(ValidationFailure.class, () -> l.changeDetails(details("New name", "bad", null, null, 10)));
        assertEquals("Oak House", l.name());
    }

    @Test
    void deregistersOnceAndNotBeforeRegistration() {
        Location l = careHome();
        assertThrows(IllegalArgumentException.class, () -> l.deregister(LocalDate.of(2016, 4, 30)));
        l.deregister(LocalDate.of(2020, 1, 1));
        assertEquals(RegistrationStatus.DEREGISTERED, l.status());
        assertThrows(IllegalStateException.class, () -> l.deregister(LocalDate.of(2021, 1, 1)));
    }

    @Test
    void careHomeFollowsFromTheServiceType() {
        Location l = careHome();
        assertTrue(l.careHome());
        l.describeService(Set.of(ServiceType.DOMICILIARY_CARE), Set.of(), 12);
        assertNull(l.beds());
    }

    @Test
    void idsMustBeWellFormed() {
        assertThrows(IllegalArgumentException.class, () -> new Location("123", provider, "x",
                new Address("a", null, "b", null, "LS1 4AB"), Region.LONDON, "Camden", LocalDate.now()));
    }
}
