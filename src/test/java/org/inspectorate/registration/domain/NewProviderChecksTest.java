package org.inspectorate.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inspectorate.registry.domain.ProviderType;
import org.inspectorate.shared.domain.FieldError;
import org.junit.jupiter.api.Test;

class NewProviderChecksTest {

    static Section section(String key) {
        return ApplicationCatalogue.section(ApplicationType.NEW_PROVIDER, key);
    }

    static Map<String, String> provider(String type) {
        Map<String, String> m = new HashMap<>(Map.of("providerName", "Oak Care", "providerType", type,
                "addressLine1", "1 High Street", "townCity", "Leeds", "postcode", "LS1 4AB", "region",
                "YORKSHIRE_AND_THE_HUMBER", "localAuthority", "Leeds", "phone", "0113 496 0000"));
        return m;
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void partnersAreAskedOfPartnershipsOnly() {
        assertTrue(NewProviderChecks.sections(ProviderType.PARTNERSHIP).stream().anyMatch(s -> s.key().equals("partners")));
        assertTrue(NewProviderChecks.sections(ProviderType.INDIVIDUAL).stream().noneMatch(s -> s.key().equals("partners")));
        assertEquals(List.of("provider", "nominated", "location", "manager", "how", "documents"),
                NewProviderChecks.sections(ProviderType.ORGANISATION).stream().map(Section::key).toList());
    }

    @Test
    void anOrganisationGivesItsCompaniesHouseNumber() {
        Map<String, String> m = provider("ORGANISATION");
        assertEquals(List.of("companiesHouseNumber"), fields(NewProviderChecks.check(section("provider"), m,
                ProviderType.ORGANISATION)));
        m.put("companiesHouseNumber", "12-34");
        assertEquals(List.of("companiesHouseNumber"), fields(NewProviderChecks.check(section("provider"), m,
                ProviderType.ORGANISATION)));
        m.put("companiesHouseNumber", "01234567");
        assertEquals(List.of(), NewProviderChecks.check(section("provider"), m, ProviderType.ORGANISATION));
        assertEquals(List.of(), NewProviderChecks.check(section("provider"), provider("INDIVIDUAL"),
                ProviderType.INDIVIDUAL));
    }

    @Test
    void theTypeOfProviderCannotChangeOnTheWay() {
        assertEquals(List.of("providerType"), fields(NewProviderChecks.check(section("provider"),
                provider("INDIVIDUAL"), ProviderType.PARTNERSHIP)));
    }

    @Test
    void aPartnershipHasAtLeastTwoPartnersAndFieldChecksStillApply() {
        Map<String, String> m = new HashMap<>(Map.of("partner1Name", "Pat One", "partner1Email", "not-an-email"));
        List<FieldError> errors = NewProviderChecks.check(section("partners"), m, ProviderType.PARTNERSHIP);
        assertEquals(List.of("partner1Email", "partner2Name", "partner2Email"), fields(errors));
        m.putAll(Map.of("partner1Email", "pat@example.com", "partner2Name", "Sam Two", "partner2Email",
                "sam@example.com"));
        assertEquals(List.of(), NewProviderChecks.check(section("partners"), m, ProviderType.PARTNERSHIP));
    }

    @Test
    void theFirstLocationIsCheckedFieldByField() {
        List<FieldError> errors = NewProviderChecks.check(section("location"), Map.of("name", "Oak House",
                "locationPostcode", "nowhere"), ProviderType.INDIVIDUAL);
        assertEquals(List.of("locationAddressLine1", "locationTownCity", "locationPostcode", "locationRegion",
                "locationLocalAuthority", "serviceType", "activities"), fields(errors));
    }
}
