package org.inspectorate.notification.domain;

import static org.inspectorate.notification.domain.FieldSpec.choice;
import static org.inspectorate.notification.domain.FieldSpec.choices;
import static org.inspectorate.notification.domain.FieldSpec.date;
import static org.inspectorate.notification.domain.FieldSpec.dateTime;
import static org.inspectorate.notification.domain.FieldSpec.longText;
import static org.inspectorate.notification.domain.FieldSpec.number;
import static org.inspectorate.notification.domain.FieldSpec.text;
import static org.inspectorate.notification.domain.FieldSpec.yesNo;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.inspectorate.triage.domain.HarmLevel;
import org.inspectorate.triage.domain.Team;
import org.inspectorate.triage.domain.Theme;

/**
 * The form of every notification type (DOMAIN.md 2.2): its fields, the checks across them, its legal
 * deadline, and how triage treats it (team, theme, harm, weight, due time). The API and the portal use the
 * same definitions, so a notification is checked the same way however it arrives.
 */
public final class NotificationCatalogue {

    /**
     * One type's form and triage defaults. {@code team} is null where the location's kind of service decides;
     * {@code weight} and {@code triageDue} are defaults that configuration may override per type.
     */
    public record TypeSpec(NotificationType type, String description, List<FieldSpec> fields, List<Rule> rules,
            Deadline deadline, Team team, Function<Details, Theme> theme, Function<Details, HarmLevel> harm,
            int weight, Duration triageDue, String summaryField) {

        public Optional<FieldSpec> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }
    }

    private static final Map<NotificationType, TypeSpec> TYPES = new EnumMap<>(NotificationType.class);

    private NotificationCatalogue() {
    }

    public static TypeSpec spec(NotificationType type) {
        return TYPES.get(type);
    }

    public static List<TypeSpec> all() {
        return Arrays.stream(NotificationType.values()).map(TYPES::get).toList();
    }

    private static final FieldSpec PERSON = text("serviceUserReference", "Your reference for the person", 40)
            .hint("Your own reference, such as initials and a record number. Do not give their full name.");
    private static final FieldSpec HARM = choice("harmLevel", "Harm to the person",
            Arrays.stream(HarmLevel.values()).map(h -> new Choice(h.name(), h.label())).toArray(Choice[]::new));
    private static final FieldSpec ACTIONS = longText("actionsTaken", "What you have done to keep people safe");
    private static final FieldSpec SECTION = text("detentionSection", "Section of the Mental Health Act", 20)
            .hint("For example, section 3");
    private static final Choice[] REGISTERED_ROLES = {
        new Choice("REGISTERED_PROVIDER", "Registered provider (an individual or partner)"),
        new Choice("REGISTERED_MANAGER", "Registered manager")};

    private static void add(TypeSpec spec) {
        TYPES.put(spec.type(), spec);
    }

    private static Function<Details, Theme> always(Theme t) {
        return d -> t;
    }

    private static Function<Details, HarmLevel> harmField() {
        return d -> d.has("harmLevel") ? HarmLevel.valueOf(d.text("harmLevel")) : null;
    }

    private static Function<Details, HarmLevel> noHarm() {
        return d -> null;
    }

    static {
        add(new TypeSpec(NotificationType.STATEMENT_OF_PURPOSE_REVISED,
                "Tell us within 28 days when you revise your statement of purpose, and attach the revised statement.",
                List.of(date("revisionDate", "Date the statement of purpose was revised").past(),
                        choices("sectionsChanged", "What changed",
                                new Choice("AIMS", "Aims and objectives"),
                                new Choice("SERVICES", "Kinds of service and the range of needs met"),
                                new Choice("CONTACTS", "Names and contact details of the provider or manager"),
                                new Choice("LEGAL_STATUS", "Legal status of the provider"),
                                new Choice("LOCATIONS", "Locations")),
                        longText("summaryOfChanges", "Summary of the changes")),
                List.of(), Deadline.within("revisionDate", 28), Team.REGISTRATION, always(Theme.GOVERNANCE), noHarm(),
                5, Duration.ofDays(20), "summaryOfChanges"));
        add(new TypeSpec(NotificationType.ABSENCE_OF_REGISTERED_PERSON,
                "Tell us about an absence of a registered provider or manager that will last 28 days or more.",
                List.of(text("absentPersonName", "Name of the absent person", 200),
                        choice("absentPersonRole", "Their role", REGISTERED_ROLES),
                        choice("absenceKind", "Kind of absence", new Choice("PLANNED", "Planned"),
                                new Choice("EMERGENCY", "Emergency (not planned)")),
                        date("startDate", "Date the absence starts or started"),
                        number("expectedLengthDays", "Expected length of the absence in days", 28, 3650)
                                .hint("Only absences of 28 days or more need this notification."),
                        longText("reason", "Reason for the absence"),
                        longText("interimArrangements", "How the service will be managed during the absence"),
                        text("personInChargeName", "Name of the person in charge during the absence", 200),
                        text("personInChargeAddress", "Address of the person in charge", 300),
                        text("personInChargeQualifications", "Qualifications of the person in charge", 500),
                        longText("replacementPlans", "Plans to appoint a replacement").optional()
                                .hint("If the registered person may not return."),
                        yesNo("shorterNoticeAgreed", "Did we agree a shorter notice period with you?").optional()),
                List.of(), Deadline.of(NotificationCatalogue::absenceDueBy), Team.REGISTRATION,
                always(Theme.GOVERNANCE), noHarm(), 10, Duration.ofDays(10), "interimArrangements"));
        add(new TypeSpec(NotificationType.RETURN_FROM_ABSENCE,
                "Tell us when a registered provider or manager returns from an absence you notified.",
                List.of(text("returnedPersonName", "Name of the person who returned", 200),
                        choice("returnedPersonRole", "Their role", REGISTERED_ROLES),
                        date("absenceStartDate", "Date the absence started").past().optional(),
                        date("returnDate", "Date of return").past()),
                List.of(Rules.notBefore("returnDate", "absenceStartDate", "The date of return must be after the absence started")),
                Deadline.within("returnDate", 7), Team.REGISTRATION, always(Theme.GOVERNANCE), noHarm(), 2,
                Duration.ofDays(20), "returnedPersonName"));
        add(new TypeSpec(NotificationType.NOTICE_OF_CHANGES,
                "Tell us about changes to who carries on or manages the service, names, officers, insolvency or closure.",
                List.of(choice("changeKind", "What is changing",
                                new Choice("PERSON_CARRYING_ON", "A different person carries on the regulated activity"),
                                new Choice("MANAGER", "A different person manages the regulated activity"),
                                new Choice("REGISTERED_PERSON_CEASES", "A registered person stops carrying on or managing it"),
                                new Choice("NAME_OF_INDIVIDUAL", "Change of name of a registered individual"),
                                new Choice("PARTNERSHIP_MEMBERS", "Change in the members of a partnership"),
                                new Choice("ORGANISATION_DETAILS", "The organisation's name, address, officers or nominated individual"),
                                new Choice("INSOLVENCY", "Bankruptcy, administration, receivership or liquidation"),
                                new Choice("SERVICE_CLOSURE", "The service is closing")),
                        yesNo("proposed", "Is the change still to happen?"),
                        date("effectiveDate", "Date the change takes or took effect"),
                        longText("description", "Details of the change"),
                        text("newName", "New name", 200).optional().hint("For a change of name.")),
                List.of(Rules::changeDateMatchesProposed,
                        Rules.requiredWhen("newName", "changeKind", "NAME_OF_INDIVIDUAL", "Enter the new name")),
                Deadline.of(d -> d.yes("proposed") ? null : d.date("effectiveDate").plusDays(14)), Team.REGISTRATION,
                always(Theme.GOVERNANCE), noHarm(), 8, Duration.ofDays(10), "description"));
        add(new TypeSpec(NotificationType.DEATH_OF_SERVICE_USER,
                "Tell us without delay about the death of a person while they were using the service, or that may have resulted from it.",
                List.of(PERSON, date("dateOfDeath", "Date of death").past(),
                        choice("placeOfDeath", "Where the person died", new Choice("AT_LOCATION", "At the location"),
                                new Choice("IN_HOSPITAL", "In hospital"), new Choice("ELSEWHERE", "Somewhere else")),
                        yesNo("expected", "Was the death expected?"),
                        longText("circumstances", "What happened"),
                        yesNo("reportedToCoroner", "Has the death been reported to the coroner?"),
                        yesNo("reportedToNhsEngland", "Has it already been reported to NHS England?").optional()
                                .hint("NHS bodies need not notify deaths already reported through patient-safety reporting.")),
                List.of(), Deadline.withoutDelayAfter("dateOfDeath"), null, always(Theme.DEATH),
                d -> d.yes("expected") ? null : HarmLevel.DEATH, 30, Duration.ofDays(1), "circumstances"));
        add(new TypeSpec(NotificationType.DEATH_OF_DETAINED_PERSON,
                "Tell us without delay about the death of a person detained or liable to be detained under the Mental Health Act 1983.",
                List.of(PERSON, SECTION, date("dateOfDeath", "Date of death").past(),
                        text("placeOfDeath", "Where the person died", 200),
                        longText("circumstances", "What happened"),
                        yesNo("reportedToCoroner", "Has the death been reported to the coroner?")),
                List.of(), Deadline.withoutDelayAfter("dateOfDeath"), Team.MENTAL_HEALTH_ACT, always(Theme.DEATH),
                d -> HarmLevel.DEATH, 35, Duration.ofDays(1), "circumstances"));
        add(new TypeSpec(NotificationType.UNAUTHORISED_ABSENCE_OF_DETAINED_PERSON,
                "Tell us without delay when a detained person is absent without leave from a secure unit past midnight.",
                List.of(PERSON, SECTION,
                        choice("securityLevel", "Security of the unit", new Choice("LOW", "Low secure"),
                                new Choice("MEDIUM", "Medium secure"), new Choice("HIGH", "High secure")),
                        dateTime("absentSince", "When the absence began").past(),
                        longText("circumstances", "What happened"),
                        yesNo("policeInformed", "Have the police been told?"),
                        longText("risk", "Risk to the person or to others").optional()),
                List.of(Rules::absencePastMidnight), Deadline.of(d -> d.dateTime("absentSince").toLocalDate().plusDays(1
                        + Deadline.WITHOUT_DELAY_DAYS)), Team.MENTAL_HEALTH_ACT, always(Theme.LIBERTY), noHarm(), 35,
                Duration.ofDays(1), "circumstances"));
        add(new TypeSpec(NotificationType.RETURN_OF_DETAINED_PERSON,
                "Tell us when a detained person returns after an unauthorised absence you notified.",
                List.of(PERSON, dateTime("absentSince", "When the absence began").past().optional(),
                        dateTime("returnedAt", "When the person returned").past(),
                        text("absenceReference", "Reference of the absence notification", 20).optional()),
                List.of(Rules.notBefore("returnedAt", "absentSince", "The return must be after the absence began")),
                Deadline.withoutDelayAfter("returnedAt"), Team.MENTAL_HEALTH_ACT, always(Theme.LIBERTY), noHarm(), 5,
                Duration.ofDays(5), "serviceUserReference"));
        add(new TypeSpec(NotificationType.SERIOUS_INJURY,
                "Tell us without delay about an injury that a health professional thinks has caused or may cause lasting harm.",
                List.of(PERSON, date("injuryDate", "Date of the injury").past(), longText("whatHappened", "What happened"),
                        choices("injuryOutcomes", "What the injury has caused or may cause",
                                new Choice("IMPAIRMENT", "Impairment of senses, movement or thinking that is not temporary"),
                                new Choice("BODY_STRUCTURE", "Changes to the structure of the body"),
                                new Choice("PROLONGED_PAIN", "Prolonged pain"),
                                new Choice("PROLONGED_PSYCHOLOGICAL_HARM", "Prolonged psychological harm"),
                                new Choice("SHORTER_LIFE", "Shortened life expectancy")),
                        text("assessedBy", "Health professional who assessed the injury", 200).hint("Their name and role."),
                        HARM, ACTIONS),
                List.of(), Deadline.withoutDelayAfter("injuryDate"), null, always(Theme.INJURY), harmField(), 30,
                Duration.ofDays(1), "whatHappened"));
        add(new TypeSpec(NotificationType.INJURY_NEEDING_TREATMENT,
                "Tell us without delay about an injury that needed treatment by a health professional to prevent death or serious harm.",
                List.of(PERSON, date("injuryDate", "Date of the injury").past(), longText("whatHappened", "What happened"),
                        longText("treatment", "Treatment given by a health professional"), HARM, ACTIONS),
                List.of(), Deadline.withoutDelayAfter("injuryDate"), null, always(Theme.INJURY), harmField(), 20,
                Duration.ofDays(3), "whatHappened"));
        add(new TypeSpec(NotificationType.DEPRIVATION_OF_LIBERTY,
                "Tell us the outcome of a request for a standard authorisation, or of an application to the Court of Protection, to deprive a person of their liberty.",
                List.of(PERSON,
                        choice("applicationKind", "Kind of application",
                                new Choice("STANDARD_AUTHORISATION", "Request to a supervisory body for a standard authorisation"),
                                new Choice("COURT_OF_PROTECTION", "Application to the Court of Protection")),
                        date("applicationDate", "Date of the request or application").past(),
                        text("decidedBy", "Supervisory body or court", 200),
                        choice("outcome", "Outcome", new Choice("AUTHORISED", "Authorised"),
                                new Choice("NOT_AUTHORISED", "Not authorised"), new Choice("WITHDRAWN", "Withdrawn")),
                        date("outcomeDate", "Date of the outcome").past()),
                List.of(Rules.notBefore("outcomeDate", "applicationDate", "The outcome cannot come before the application")),
                Deadline.withoutDelayAfter("outcomeDate"), null, always(Theme.LIBERTY), noHarm(), 8,
                Duration.ofDays(10), "decidedBy"));
        add(new TypeSpec(NotificationType.ABUSE_OR_ALLEGATION,
                "Tell us without delay about any abuse, or allegation of abuse, in relation to a person using the service.",
                List.of(PERSON, date("incidentDate", "Date of the abuse or when it was alleged").past(),
                        choices("abuseTypes", "Kinds of abuse", new Choice("PHYSICAL", "Physical"),
                                new Choice("SEXUAL", "Sexual"), new Choice("PSYCHOLOGICAL", "Psychological or emotional"),
                                new Choice("FINANCIAL", "Financial or material"), new Choice("NEGLECT", "Neglect or acts of omission"),
                                new Choice("DISCRIMINATORY", "Discriminatory"), new Choice("ORGANISATIONAL", "Organisational"),
                                new Choice("DOMESTIC", "Domestic abuse"), new Choice("MODERN_SLAVERY", "Modern slavery"),
                                new Choice("SELF_NEGLECT", "Self-neglect")),
                        choice("allegedPerpetrator", "Who is alleged to have caused it",
                                new Choice("STAFF", "A member of staff"), new Choice("SERVICE_USER", "Another person using the service"),
                                new Choice("VISITOR", "A visitor, relative or friend"), new Choice("UNKNOWN", "Not known")),
                        longText("whatHappened", "What happened"),
                        yesNo("referredToLocalAuthority", "Has it been referred to the local authority's safeguarding team?"),
                        yesNo("policeInformed", "Have the police been told?"), HARM, ACTIONS),
                List.of(), Deadline.withoutDelayAfter("incidentDate"), null, always(Theme.SAFEGUARDING), harmField(), 35,
                Duration.ofDays(1), "whatHappened"));
        add(new TypeSpec(NotificationType.POLICE_INCIDENT,
                "Tell us without delay about any incident reported to or investigated by the police.",
                List.of(date("incidentDate", "Date of the incident").past(),
                        text("policeReference", "Police reference", 40).optional(),
                        longText("whatHappened", "What happened"), HARM.optional(), ACTIONS),
                List.of(), Deadline.withoutDelayAfter("incidentDate"), null, always(Theme.POLICE), harmField(), 20,
                Duration.ofDays(3), "whatHappened"));
        add(new TypeSpec(NotificationType.EVENT_STOPPING_SAFE_RUNNING,
                "Tell us without delay about events that stop, or may stop, the service running safely and properly.",
                List.of(choice("eventKind", "What happened",
                                new Choice("INSUFFICIENT_STAFF", "Not enough suitably qualified, skilled and experienced staff"),
                                new Choice("UTILITY_INTERRUPTION", "Electricity, gas, water or sewerage interrupted for more than 24 hours"),
                                new Choice("PREMISES_DAMAGE", "Physical damage to the premises that may affect care"),
                                new Choice("SAFETY_SYSTEM_FAILURE", "Fire alarms or other safety devices failed for more than 24 hours")),
                        dateTime("startedAt", "When it started").past(),
                        dateTime("endedAt", "When it ended").past().optional().hint("Leave empty if it has not ended."),
                        longText("whatHappened", "Details of the event"),
                        longText("impactOnCare", "How care was affected and what you did")),
                List.of(Rules.notBefore("endedAt", "startedAt", "The event must end after it started"),
                        Rules::lastedLongEnough),
                Deadline.of(d -> d.dateTime("startedAt").toLocalDate().plusDays(1 + Deadline.WITHOUT_DELAY_DAYS)), null,
                d -> "INSUFFICIENT_STAFF".equals(d.text("eventKind")) ? Theme.STAFFING : Theme.PREMISES_AND_EQUIPMENT,
                noHarm(), 30, Duration.ofDays(1), "whatHappened"));
        add(new TypeSpec(NotificationType.UNDER_18_IN_ADULT_PSYCHIATRIC_UNIT,
                "Tell us without delay when a person under 18 has been in an adult psychiatric unit for more than 48 hours.",
                List.of(text("youngPersonReference", "Your reference for the young person", 40)
                                .hint("Your own reference, such as initials and a record number. Do not give their full name."),
                        number("age", "Age of the young person", 0, 17),
                        dateTime("admittedAt", "When they were admitted to the unit").past(),
                        dateTime("dischargedAt", "When they left the unit").past().optional()
                                .hint("Leave empty if they are still there."),
                        longText("reason", "Why they were placed in an adult unit"),
                        longText("safeguards", "How they are kept safe")),
                List.of(Rules.notBefore("dischargedAt", "admittedAt", "They must leave after they were admitted"),
                        Rules::over48Hours),
                Deadline.of(d -> d.dateTime("admittedAt").toLocalDate().plusDays(2 + Deadline.WITHOUT_DELAY_DAYS)),
                Team.MENTAL_HEALTH_ACT, always(Theme.LIBERTY), noHarm(), 30, Duration.ofDays(1), "reason"));
        add(new TypeSpec(NotificationType.DEATH_OF_REGISTERED_PROVIDER,
                "A personal representative or surviving partner tells us without delay of the death of a registered individual provider.",
                List.of(text("deceasedName", "Name of the registered provider who died", 200),
                        date("dateOfDeath", "Date of death").past(),
                        text("notifierName", "Your name", 200),
                        choice("notifierCapacity", "You are the", new Choice("PERSONAL_REPRESENTATIVE", "Personal representative"),
                                new Choice("SURVIVING_PARTNER", "Surviving partner")),
                        text("personInChargeName", "Person now in full-time day-to-day charge", 200),
                        longText("intentions", "Intentions for the service").optional()
                                .hint("You may send these within 28 days.")),
                List.of(), Deadline.withoutDelayAfter("dateOfDeath"), Team.REGISTRATION, always(Theme.GOVERNANCE),
                noHarm(), 25, Duration.ofDays(5), "personInChargeName"));
        add(new TypeSpec(NotificationType.INSOLVENCY_APPOINTMENT,
                "Tell us about the appointment of a liquidator, receiver or trustee in bankruptcy, and the intentions for the service within 28 days.",
                List.of(choice("appointmentKind", "Who was appointed", new Choice("LIQUIDATOR", "Liquidator"),
                                new Choice("RECEIVER", "Receiver"), new Choice("TRUSTEE_IN_BANKRUPTCY", "Trustee in bankruptcy")),
                        text("appointeeName", "Name of the person appointed", 200),
                        date("appointmentDate", "Date of the appointment").past(),
                        longText("reasons", "Reasons for the appointment"),
                        text("managerName", "Manager appointed, if there is no registered manager", 200).optional(),
                        longText("intentions", "Intentions for the service").optional()),
                List.of(), Deadline.within("appointmentDate", 28), Team.REGISTRATION, always(Theme.GOVERNANCE),
                noHarm(), 30, Duration.ofDays(5), "reasons"));
    }

    /** Planned: 28 days before the start (or the start, if we agreed shorter notice); emergency: 5 working days after it. */
    static java.time.LocalDate absenceDueBy(Details d) {
        java.time.LocalDate start = d.date("startDate");
        if ("EMERGENCY".equals(d.text("absenceKind"))) {
            return Deadline.plusWorkingDays(start, 5);
        }
        return d.yes("shorterNoticeAgreed") ? start : start.minusDays(28);
    }
}
