package org.inspectorate.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectorate.shared.domain.FieldError;
import org.junit.jupiter.api.Test;

class AnswerChecksTest {

    private static final Section LOCATION = ApplicationCatalogue.section(ApplicationType.ADD_LOCATION, "location");
    private static final Section SERVICES = ApplicationCatalogue.section(ApplicationType.ADD_LOCATION, "services");
    private static final Section CONDITION = ApplicationCatalogue.section(ApplicationType.REMOVE_CONDITION, "condition");

    private static List<String> fields(Section s, Map<String, String> answers) {
        return AnswerChecks.check(s, answers, Set.of("1-500000001"), Set.of("51")).stream().map(FieldError::field)
                .toList();
    }

    @Test
    void everyRequiredFieldIsNamedAndOptionalOnesAreNot() {
        List<FieldError> errors = AnswerChecks.check(LOCATION, Map.of(), Set.of(), Set.of());
        assertEquals(List.of("name", "addressLine1", "townCity", "postcode", "region", "localAuthority"),
                errors.stream().map(FieldError::field).toList());
        assertEquals("Enter name of the location", errors.get(0).message());
        assertEquals("Choose region", errors.get(4).message());
    }

    @Test
    void postcodesChoicesAndLengthsAreChecked() {
        Map<String, String> good = Map.of("name", "Cedar View", "addressLine1", "3 Road", "townCity", "Leeds",
                "postcode", "ls2 9jt", "region", "LONDON", "localAuthority", "Leeds");
        assertEquals(List.of(), fields(LOCATION, good));
        Map<String, String> bad = new java.util.HashMap<>(good);
        bad.put("postcode", "LS2");
        bad.put("region", "ATLANTIS");
        bad.put("name", "x".repeat(201));
        assertEquals(List.of("name", "postcode", "region"), fields(LOCATION, bad));
    }

    @Test
    void datesNumbersAndMultipleChoicesAreChecked() {
        assertEquals(List.of(), fields(SERVICES, Map.of("activities", "PERSONAL_CARE, NURSING_CARE",
                "serviceType", "CARE_HOME_WITHOUT_NURSING", "beds", "30", "startDate", "2027-03-27")));
        assertEquals(List.of("activities", "beds", "startDate"), fields(SERVICES, Map.of("activities",
                "PERSONAL_CARE,FLYING", "serviceType", "DOMICILIARY_CARE", "beds", "thirty", "startDate", "27/03/2027")));
        assertEquals(List.of("beds", "startDate"), fields(SERVICES, Map.of("activities", "PERSONAL_CARE",
                "serviceType", "DOMICILIARY_CARE", "beds", "2001", "startDate", "1999-12-31")));
    }

    @Test
    void aCareHomeSaysHowManyBedsItHasAndOtherServicesGiveNone() {
        Map<String, String> home = new java.util.HashMap<>(Map.of("activities", "PERSONAL_CARE",
                "serviceType", "CARE_HOME_WITH_NURSING", "startDate", "2027-03-27"));
        List<FieldError> errors = AnswerChecks.check(SERVICES, home, Set.of(), Set.of());
        assertEquals(List.of("beds"), errors.stream().map(FieldError::field).toList());
        assertEquals("Enter the number of beds: a care home service with nursing must say how many it has",
                errors.get(0).message());
        home.put("beds", "0");
        assertEquals(List.of("beds"), fields(SERVICES, home));
        home.put("beds", "12");
        assertEquals(List.of(), fields(SERVICES, home));
        home.put("serviceType", "DENTAL");
        assertEquals(List.of("beds"), fields(SERVICES, home), "only care homes have beds");
        home.put("serviceType", "ATLANTIS");
        assertEquals(List.of("serviceType"), fields(SERVICES, home), "one error where the service type is wrong");
    }

    @Test
    void aStartDateIsTodayOrLaterAndErrorsKeepTheFormsOrder() {
        java.time.LocalDate today = java.time.LocalDate.of(2027, 3, 27);
        Map<String, String> answers = new java.util.HashMap<>(Map.of("serviceType", "DOMICILIARY_CARE",
                "beds", "4", "startDate", "2027-03-26"));
        List<FieldError> errors = AnswerChecks.check(SERVICES, answers, Set.of(), Set.of(), RegisteredNames.NONE,
                today);
        assertEquals(List.of("activities", "beds", "startDate"), errors.stream().map(FieldError::field).toList());
        assertEquals("The start date must be today or in the future", errors.get(2).message());
        answers.put("startDate", "2027-03-27");
        answers.remove("beds");
        answers.put("activities", "PERSONAL_CARE");
        assertEquals(List.of(), AnswerChecks.check(SERVICES, answers, Set.of(), Set.of(), RegisteredNames.NONE,
                today));
    }

    @Test
    void registerChoicesMustBeTheProvidersOwn() {
        assertEquals(List.of(), fields(CONDITION, Map.of("conditionId", "51", "reason", "No longer needed")));
        assertEquals(List.of("conditionId"), fields(CONDITION, Map.of("conditionId", "52", "reason", "Not ours")));
    }

    private static final RegisteredNames REGISTER = new RegisteredNames() {
        @Override
        public boolean isManagerAt(String locationId, String name) {
            return locationId.equals("1-500000001") && name.equalsIgnoreCase("Robin Ash");
        }

        @Override
        public boolean isPartner(String name) {
            return name.equals("Sam Birch");
        }
    };

    private static List<FieldError> people(ApplicationType type, String section, Map<String, String> answers) {
        return AnswerChecks.check(ApplicationCatalogue.section(type, section), answers, Set.of("1-500000001"),
                Set.of(), REGISTER);
    }

    @Test
    void aManagerNamedMustBeRegisteredAtTheLocationChosen() {
        Map<String, String> answers = new java.util.HashMap<>(Map.of("locationId", "1-500000001",
                "managerName", "robin ash", "endDate", "2027-01-31", "reason", "Left"));
        assertEquals(List.of(), people(ApplicationType.CANCEL_MANAGER, "manager", answers));
        answers.put("managerName", "Jo Nobody");
        List<FieldError> errors = people(ApplicationType.CANCEL_MANAGER, "manager", answers);
        assertEquals(List.of("managerName"), errors.stream().map(FieldError::field).toList());
        assertEquals("Jo Nobody is not a registered manager at that location: choose one of its registered managers",
                errors.get(0).message());
        answers.put("locationId", "1-999999999");
        assertEquals(List.of("locationId"), people(ApplicationType.CANCEL_MANAGER, "manager", answers).stream()
                .map(FieldError::field).toList(), "a wrong location is the only problem shown");
    }

    @Test
    void aPartnerNamedMustBeACurrentPartner() {
        assertEquals(List.of(), people(ApplicationType.REMOVE_PARTNER, "partner", Map.of("partnerName", "Sam Birch",
                "fromDate", "2027-01-31", "reason", "Retired")));
        assertEquals(List.of("partnerName"), people(ApplicationType.REMOVE_PARTNER, "partner", Map.of("partnerName",
                "Kim Cedar", "fromDate", "2027-01-31", "reason", "Retired")).stream().map(FieldError::field).toList());
        assertEquals("Choose the partner leaving", people(ApplicationType.REMOVE_PARTNER, "partner",
                Map.of("fromDate", "2027-01-31", "reason", "Retired")).get(0).message());
    }
}
