package org.inspectorate.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inspectorate.registry.domain.ServiceType;
import org.junit.jupiter.api.Test;

class NotificationAudienceTest {

    @Test
    void aDentalPracticeIsNotOfferedMentalHealthActOrLibertyNotifications() {
        List<String> dental = List.of(ServiceType.DENTAL.name());
        assertFalse(NotificationAudience.appliesTo(NotificationType.DEATH_OF_DETAINED_PERSON, dental));
        assertFalse(NotificationAudience.appliesTo(NotificationType.UNDER_18_IN_ADULT_PSYCHIATRIC_UNIT, dental));
        assertFalse(NotificationAudience.appliesTo(NotificationType.DEPRIVATION_OF_LIBERTY, dental));
        assertTrue(NotificationAudience.appliesTo(NotificationType.SERIOUS_INJURY, dental));
        assertEquals("Deprivation of liberty application and its outcome is a notification for care homes and"
                + " hospitals, and Willow Dental Practice is not one: choose the kind of notification that fits what"
                + " happened", NotificationAudience.refusal(NotificationType.DEPRIVATION_OF_LIBERTY,
                "Willow Dental Practice", dental).orElseThrow());
    }

    @Test
    void everyKindIsForSomeServiceAndEveryServiceMakesMost() {
        for (NotificationType t : NotificationType.values()) {
            assertTrue(java.util.Arrays.stream(ServiceType.values())
                    .anyMatch(s -> NotificationAudience.appliesTo(t, List.of(s.name()))), t + " is for nobody");
        }
        for (ServiceType s : ServiceType.values()) {
            long offered = java.util.Arrays.stream(NotificationType.values())
                    .filter(t -> NotificationAudience.appliesTo(t, List.of(s.name()))).count();
            assertTrue(offered >= NotificationType.values().length - 5, s + " is offered " + offered);
        }
        assertTrue(NotificationAudience.appliesTo(NotificationType.DEATH_OF_DETAINED_PERSON, List.of()),
                "a location with no services on record is offered everything");
        List<String> both = List.of(ServiceType.DENTAL.name(), ServiceType.MENTAL_HEALTH_HOSPITAL.name());
        assertTrue(NotificationAudience.appliesTo(NotificationType.RETURN_OF_DETAINED_PERSON, both));
    }
}
