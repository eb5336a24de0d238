package org.inspectorate.notification.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A complete, valid set of details for every notification type, relative to today, for tests. */
public final class Samples {

    private Samples() {
    }

    public static Map<String, Object> valid(NotificationType type) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/London")).withSecond(0).withNano(0);
        String yesterday = today.minusDays(1).toString();
        String lastWeek = today.minusDays(7).toString();
        String threeDaysAgo = now.minusDays(3).toString();
        Map<String, Object> d = new LinkedHashMap<>();
        switch (type) {
            case STATEMENT_OF_PURPOSE_REVISED -> {
                d.put("revisionDate", lastWeek);
                d.put("sectionsChanged", List.of("AIMS", "LOCATIONS"));
                d.put("summaryOfChanges", "Added our new day centre and updated our aims.");
            }
            case ABSENCE_OF_REGISTERED_PERSON -> {
                d.put("absentPersonName", "Pat Manager");
                d.put("absentPersonRole", "REGISTERED_MANAGER");
                d.put("absenceKind", "PLANNED");
                d.put("startDate", today.plusDays(40).toString());
                d.put("expectedLengthDays", "90");
                d.put("reason", "Planned surgery and recovery.");
                d.put("interimArrangements", "The deputy manager will run the home with support from the area manager.");
                d.put("personInChargeName", "Sam Deputy");
                d.put("personInChargeAddress", "1 Care Street, Leeds LS1 4AB");
                d.put("personInChargeQualifications", "RMN, Level 5 Diploma in Leadership");
            }
            case RETURN_FROM_ABSENCE -> {
                d.put("returnedPersonName", "Pat Manager");
                d.put("returnedPersonRole", "REGISTERED_MANAGER");
                d.put("absenceStartDate", today.minusDays(60).toString());
                d.put("returnDate", yesterday);
            }
            case NOTICE_OF_CHANGES -> {
                d.put("changeKind", "NAME_OF_INDIVIDUAL");
                d.put("proposed", "false");
                d.put("effectiveDate", yesterday);
                d.put("description", "Our registered manager changed her surname on marriage.");
                d.put("newName", "Pat Newname");
            }
            case DEATH_OF_SERVICE_USER -> {
                d.put("serviceUserReference", "AB-1234");
                d.put("dateOfDeath", yesterday);
                d.put("placeOfDeath", "AT_LOCATION");
                d.put("expected", "false");
                d.put("circumstances", "Found unresponsive in the morning; paramedics called.");
                d.put("reportedToCoroner", "true");
            }
            case DEATH_OF_DETAINED_PERSON -> {
                d.put("serviceUserReference", "MH-77");
                d.put("detentionSection", "section 3");
                d.put("dateOfDeath", yesterday);
                d.put("placeOfDeath", "Ward 4");
                d.put("circumstances", "Sudden collapse on the ward.");
                d.put("reportedToCoroner", "true");
            }
            case UNAUTHORISED_ABSENCE_OF_DETAINED_PERSON -> {
                d.put("serviceUserReference", "MH-78");
                d.put("detentionSection", "section 37");
                d.put("securityLevel", "MEDIUM");
                d.put("absentSince", threeDaysAgo);
                d.put("circumstances", "Did not return from escorted leave.");
                d.put("policeInformed", "true");
            }
            case RETURN_OF_DETAINED_PERSON -> {
                d.put("serviceUserReference", "MH-78");
                d.put("absentSince", threeDaysAgo);
                d.put("returnedAt", now.minusHours(2).toString());
            }
            case SERIOUS_INJURY -> {
                d.put("serviceUserReference", "CD-5678");
                d.put("injuryDate", yesterday);
                d.put("whatHappened", "Fell in the lounge and fractured a hip.");
                d.put("injuryOutcomes", List.of("BODY_STRUCTURE", "PROLONGED_PAIN"));
                d.put("assessedBy", "Dr A Smith, A&E consultant");
                d.put("harmLevel", "SEVERE");
                d.put("actionsTaken", "Falls risk assessment reviewed; sensor mat fitted.");
            }
            case INJURY_NEEDING_TREATMENT -> {
                d.put("serviceUserReference", "EF-9012");
                d.put("injuryDate", yesterday);
                d.put("whatHappened", "Scald from a hot drink.");
                d.put("treatment", "Burns dressing at the minor injuries unit.");
                d.put("harmLevel", "MODERATE");
                d.put("actionsTaken", "Drinks now served at a safe temperature.");
            }
            case DEPRIVATION_OF_LIBERTY -> {
                d.put("serviceUserReference", "GH-3456");
                d.put("applicationKind", "STANDARD_AUTHORISATION");
                d.put("applicationDate", today.minusDays(30).toString());
                d.put("decidedBy", "Leeds City Council");
                d.put("outcome", "AUTHORISED");
                d.put("outcomeDate", yesterday);
            }
            case ABUSE_OR_ALLEGATION -> {
                d.put("serviceUserReference", "IJ-7890");
                d.put("incidentDate", yesterday);
                d.put("abuseTypes", List.of("PHYSICAL"));
                d.put("allegedPerpetrator", "STAFF");
                d.put("whatHappened", "A resident told us a carer pushed her.");
                d.put("referredToLocalAuthority", "true");
                d.put("policeInformed", "false");
                d.put("harmLevel", "LOW");
                d.put("actionsTaken", "The carer is suspended pending investigation.");
            }
            case POLICE_INCIDENT -> {
                d.put("incidentDate", yesterday);
                d.put("policeReference", "WY-2026-0001");
                d.put("whatHappened", "A visitor was arrested after a disturbance.");
                d.put("actionsTaken", "Visiting arrangements reviewed.");
            }
            case EVENT_STOPPING_SAFE_RUNNING -> {
                d.put("eventKind", "UTILITY_INTERRUPTION");
                d.put("startedAt", threeDaysAgo);
                d.put("endedAt", now.minusDays(1).toString());
                d.put("whatHappened", "Burst water main; no running water for two days.");
                d.put("impactOnCare", "Bottled water and a water bowser were brought in.");
            }
            case UNDER_18_IN_ADULT_PSYCHIATRIC_UNIT -> {
                d.put("youngPersonReference", "YP-12");
                d.put("age", "17");
                d.put("admittedAt", threeDaysAgo);
                d.put("reason", "No bed in a young people's unit within 100 miles.");
                d.put("safeguards", "One-to-one staffing and a separate bedroom.");
            }
            case DEATH_OF_REGISTERED_PROVIDER -> {
                d.put("deceasedName", "Robin Owner");
                d.put("dateOfDeath", yesterday);
                d.put("notifierName", "Alex Executor");
                d.put("notifierCapacity", "PERSONAL_REPRESENTATIVE");
                d.put("personInChargeName", "Sam Deputy");
            }
            case INSOLVENCY_APPOINTMENT -> {
                d.put("appointmentKind", "LIQUIDATOR");
                d.put("appointeeName", "Jo Liquidator of Example Insolvency LLP");
                d.put("appointmentDate", lastWeek);
                d.put("reasons", "The company cannot pay its debts.");
            }
            default -> throw new IllegalArgumentException(type.name());
        }
        return d;
    }
}
