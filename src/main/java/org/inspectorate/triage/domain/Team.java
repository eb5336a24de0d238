package org.inspectorate.triage.domain;

import java.util.Collection;
import org.inspectorate.registry.domain.Labelled;

/**
 * The teams whose queues items land in. Most items go to the team for the kind of service at the location;
 * some kinds of notification belong to a specialist team whatever the service; concerns not yet linked to a
 * location go to the customer service centre first.
 */
public enum Team implements Labelled {
    ADULT_SOCIAL_CARE("Adult social care"),
    HOSPITALS("Hospitals"),
    PRIMARY_AND_COMMUNITY("Primary medical, dental and community services"),
    MENTAL_HEALTH_ACT("Mental Health Act monitoring"),
    REGISTRATION("Registration"),
    CUSTOMER_SERVICE_CENTRE("National customer service centre");

    private final String label;

    Team(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The team for a location providing these kinds of service (registry ServiceType names). */
    public static Team forServiceTypes(Collection<String> serviceTypes) {
        if (serviceTypes.stream().anyMatch(t -> t.equals("ACUTE") || t.equals("MENTAL_HEALTH_HOSPITAL")
                || t.equals("AMBULANCE") || t.equals("HOSPICE"))) {
            return HOSPITALS;
        }
        if (serviceTypes.stream().anyMatch(t -> t.startsWith("CARE_HOME") || t.equals("DOMICILIARY_CARE")
                || t.equals("SUPPORTED_LIVING") || t.equals("SHARED_LIVES") || t.equals("EXTRA_CARE_HOUSING"))) {
            return ADULT_SOCIAL_CARE;
        }
        return serviceTypes.isEmpty() ? CUSTOMER_SERVICE_CENTRE : PRIMARY_AND_COMMUNITY;
    }

    /** The label of the value with this name, as stored in a row; the name itself when it is not one of today's. */
    public static String labelOf(String name) {
        return Labelled.labelOf(Team.class, name);
    }
}
