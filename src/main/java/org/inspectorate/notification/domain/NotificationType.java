package org.inspectorate.notification.domain;

import org.inspectorate.registry.domain.Labelled;

/**
 * Every statutory notification of the Care Quality Commission (Registration) Regulations 2009 (DOMAIN.md 2.2),
 * with the regulation that requires it and its time limit in words. The form of each type is in {@link
 * NotificationCatalogue}.
 */
public enum NotificationType implements Labelled {
    STATEMENT_OF_PURPOSE_REVISED("12", "Statement of purpose revised", "Within 28 days of the revision"),
    ABSENCE_OF_REGISTERED_PERSON("14", "Absence of a registered person for 28 days or more",
            "Planned: at least 28 days before it starts; emergency: within 5 working days of its start"),
    RETURN_FROM_ABSENCE("14", "Return of a registered person after an absence", "Without delay after the return"),
    NOTICE_OF_CHANGES("15", "Notice of changes", "As soon as reasonably practicable; before the change where it is proposed"),
    DEATH_OF_SERVICE_USER("16", "Death of a person using the service", "Without delay"),
    DEATH_OF_DETAINED_PERSON("17", "Death of a person detained under the Mental Health Act", "Without delay"),
    UNAUTHORISED_ABSENCE_OF_DETAINED_PERSON("17", "Unauthorised absence of a person detained under the Mental Health Act",
            "Without delay"),
    RETURN_OF_DETAINED_PERSON("17", "Return of a detained person after an unauthorised absence", "Without delay"),
    SERIOUS_INJURY("18(2)(a)", "Serious injury to a person using the service", "Without delay"),
    INJURY_NEEDING_TREATMENT("18(2)(b)", "Injury needing treatment to prevent serious harm", "Without delay"),
    DEPRIVATION_OF_LIBERTY("18(2)(c),(d)", "Deprivation of liberty application and its outcome",
            "Without delay, once the outcome is known"),
    ABUSE_OR_ALLEGATION("18(2)(e)", "Abuse or an allegation of abuse", "Without delay"),
    POLICE_INCIDENT("18(2)(f)", "Incident reported to or investigated by the police", "Without delay"),
    EVENT_STOPPING_SAFE_RUNNING("18(2)(g)", "Event that stops or may stop the service running safely", "Without delay"),
    UNDER_18_IN_ADULT_PSYCHIATRIC_UNIT("18(2)(h)", "Person under 18 in an adult psychiatric unit for more than 48 hours",
            "Without delay"),
    DEATH_OF_REGISTERED_PROVIDER("21", "Death of a registered provider",
            "Without delay; intentions for the service within 28 days"),
    INSOLVENCY_APPOINTMENT("22", "Appointment of a liquidator, receiver or trustee in bankruptcy",
            "Without delay; intentions for the service within 28 days of the appointment");

    private final String regulation;
    private final String label;
    private final String timeLimit;

    NotificationType(String regulation, String label, String timeLimit) {
        this.regulation = regulation;
        this.label = label;
        this.timeLimit = timeLimit;
    }

    public String regulation() {
        return regulation;
    }

    @Override
    public String label() {
        return label;
    }

    public String timeLimit() {
        return timeLimit;
    }

    public static java.util.Optional<NotificationType> parse(String code) {
        if (code == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(valueOf(code.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
