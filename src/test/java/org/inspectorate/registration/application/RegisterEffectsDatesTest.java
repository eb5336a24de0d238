package org.inspectorate.registration.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.inspectorate.registration.domain.ApplicationType;
import org.inspectorate.registration.domain.RegistrationApplication;
import org.junit.jupiter.api.Test;

/** Which day a granted change takes effect: removals wait for the later date asked for, additions do not. */
class RegisterEffectsDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final RegisterEffects effects = new RegisterEffects();

    private static RegistrationApplication application(ApplicationType type, Map<String, String> answers) {
        return new RegistrationApplication("REG-T1", type, "1-101", answers, null, "Test", Instant.now());
    }

    @Test
    void aRemovalFromALaterDateWaitsForIt() {
        LocalDate end = LocalDate.of(2027, 1, 31);
        for (ApplicationType type : new ApplicationType[] {ApplicationType.REMOVE_ACTIVITY,
                ApplicationType.CANCEL_ACTIVITY, ApplicationType.REMOVE_LOCATION, ApplicationType.CANCEL_ALL,
                ApplicationType.CANCEL_MANAGER}) {
            assertEquals(end, effects.takesEffectOn(application(type, Map.of("endDate", end.toString())), TODAY),
                    type.name());
        }
        assertEquals(end, effects.takesEffectOn(application(ApplicationType.REMOVE_PARTNER,
                Map.of("fromDate", end.toString())), TODAY));
    }

    @Test
    void aPastDateStandsAndNoDateMeansTheDayOfTheDecision() {
        LocalDate past = TODAY.minusDays(10);
        assertEquals(past, effects.takesEffectOn(application(ApplicationType.REMOVE_ACTIVITY,
                Map.of("endDate", past.toString())), TODAY));
        assertEquals(TODAY, effects.takesEffectOn(application(ApplicationType.REMOVE_ACTIVITY, Map.of()), TODAY));
    }

    @Test
    void additionsTakeEffectAtTheGrantWhateverTheStartDate() {
        assertEquals(TODAY, effects.takesEffectOn(application(ApplicationType.ADD_ACTIVITY,
                Map.of("startDate", "2027-03-01")), TODAY));
        assertEquals(TODAY, effects.takesEffectOn(application(ApplicationType.ADD_PARTNER,
                Map.of("fromDate", "2027-03-01")), TODAY));
    }
}
