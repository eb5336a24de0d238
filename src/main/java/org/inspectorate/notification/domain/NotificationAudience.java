package org.inspectorate.notification.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inspectorate.registry.domain.ServiceType;

/**
 * Which services make a notification. Most types are for every service; a few only where their event can happen:
 * detention under the Mental Health Act (regulation 17) in hospitals, an under-18 in an adult psychiatric unit in
 * mental health hospitals, deprivation of liberty under the Mental Capacity Act in care homes and hospitals. A
 * location with no service types on record is offered everything.
 */
public final class NotificationAudience {

    private record Audience(Set<ServiceType> services, String description) {
    }

    private static final Map<NotificationType, Audience> ONLY = new EnumMap<>(NotificationType.class);

    static {
        Audience detaining = new Audience(EnumSet.of(ServiceType.MENTAL_HEALTH_HOSPITAL, ServiceType.ACUTE),
                "hospitals that detain people under the Mental Health Act");
        ONLY.put(NotificationType.DEATH_OF_DETAINED_PERSON, detaining);
        ONLY.put(NotificationType.UNAUTHORISED_ABSENCE_OF_DETAINED_PERSON, detaining);
        ONLY.put(NotificationType.RETURN_OF_DETAINED_PERSON, detaining);
        ONLY.put(NotificationType.UNDER_18_IN_ADULT_PSYCHIATRIC_UNIT, new Audience(
                EnumSet.of(ServiceType.MENTAL_HEALTH_HOSPITAL), "mental health hospitals with adult psychiatric units"));
        ONLY.put(NotificationType.DEPRIVATION_OF_LIBERTY, new Audience(EnumSet.of(ServiceType.CARE_HOME_WITH_NURSING,
                ServiceType.CARE_HOME_WITHOUT_NURSING, ServiceType.ACUTE, ServiceType.MENTAL_HEALTH_HOSPITAL,
                ServiceType.HOSPICE, ServiceType.COMMUNITY_HEALTH), "care homes and hospitals"));
    }

    private NotificationAudience() {
    }

    /** Whether a location providing these services (their codes) makes this kind of notification. */
    public static boolean appliesTo(NotificationType type, Collection<String> serviceTypes) {
        Audience only = ONLY.get(type);
        return only == null || serviceTypes == null || serviceTypes.isEmpty()
                || serviceTypes.stream().anyMatch(s -> only.services().stream().anyMatch(o -> o.name().equals(s)));
    }

    /** Why this location does not make this notification, to show by the type; empty when it does. */
    public static Optional<String> refusal(NotificationType type, String locationName, Collection<String> serviceTypes) {
        if (appliesTo(type, serviceTypes)) {
            return Optional.empty();
        }
        return Optional.of(type.label() + " is a notification for " + ONLY.get(type).description() + ", and "
                + locationName + " is not one: choose the kind of notification that fits what happened");
    }
}
