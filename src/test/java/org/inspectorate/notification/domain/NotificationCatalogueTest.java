package org.inspectorate.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.triage.domain.HarmLevel;
import org.inspectorate.triage.domain.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NotificationCatalogueTest {

    private static final LocalDateTime NOW = LocalDateTime.now(java.time.ZoneId.of("Europe/London"));

    private static DetailsReader.Result read(NotificationType t, Map<String, Object> raw) {
        return DetailsReader.read(NotificationCatalogue.spec(t), raw, NOW);
    }

    private static List<String> fields(DetailsReader.Result r) {
        return r.errors().stream().map(FieldError::field).toList();
    }

    @ParameterizedTest
    @EnumSource(NotificationType.class)
    void everyTypeHasAFormThatAcceptsAValidNotificationAndRoundTrips(NotificationType t) {
        DetailsReader.Result r = read(t, Samples.valid(t));
        assertTrue(r.valid(), () -> t + ": " + r.errors());
        NotificationCatalogue.TypeSpec spec = NotificationCatalogue.spec(t);
        assertNotNull(spec.theme().apply(r.details()));
        assertEquals(r.details().asMap(), Details.fromStored(spec, r.details().toJson()).asMap());
        assertTrue(spec.field(spec.summaryField()).isPresent(), "summary field exists");
    }

    @ParameterizedTest
    @EnumSource(NotificationType.class)
    void everyRequiredFieldIsRequired(NotificationType t) {
        NotificationCatalogue.TypeSpec spec = NotificationCatalogue.spec(t);
        DetailsReader.Result r = read(t, Map.of());
        List<String> required = spec.fields().stream().filter(FieldSpec::required).map(FieldSpec::name).toList();
        assertEquals(required, fields(r));
    }

    /** "Choose was the death expected?" is not English: a question is answered, not chosen or entered. */
    @ParameterizedTest
    @EnumSource(NotificationType.class)
    void everyMissingAnswerIsAskedForInASentence(NotificationType t) {
        java.util.regex.Pattern garbled = java.util.regex.Pattern.compile(
                "^(Choose|Enter) (was|is|has|have|had|did|does|do|are|were|can|will|should|would)\\b");
        for (FieldError e : read(t, Map.of()).errors()) {
            assertTrue(!garbled.matcher(e.message()).find(), t + "." + e.field() + ": " + e.message());
        }
    }

    @Test
    void valuesAreCheckedByKind() {
        Map<String, Object> raw = new LinkedHashMap<>(Samples.valid(NotificationType.SERIOUS_INJURY));
        raw.put("injuryDate", "23/11/2026");
        raw.put("harmLevel", "BAD");
        raw.put("injuryOutcomes", List.of("PROLONGED_PAIN", "NOPE"));
        raw.put("whatHappened", "x".repeat(4001));
        DetailsReader.Result r = read(NotificationType.SERIOUS_INJURY, raw);
        assertEquals(List.of("injuryDate", "whatHappened", "injuryOutcomes", "harmLevel"), fields(r));
        assertTrue(r.errors().get(0).message().contains("2026-11-23"));
    }

    @Test
    void harmAndThemeComeFromTheDetails() {
        var spec = NotificationCatalogue.spec(NotificationType.SERIOUS_INJURY);
        assertEquals(HarmLevel.SEVERE, spec.harm().apply(read(NotificationType.SERIOUS_INJURY,
                Samples.valid(NotificationType.SERIOUS_INJURY)).details()));
        Map<String, Object> staffing = new LinkedHashMap<>(Samples.valid(NotificationType.EVENT_STOPPING_SAFE_RUNNING));
        staffing.put("eventKind", "INSUFFICIENT_STAFF");
        staffing.remove("endedAt");
        assertEquals(Theme.STAFFING, NotificationCatalogue.spec(NotificationType.EVENT_STOPPING_SAFE_RUNNING).theme()
                .apply(read(NotificationType.EVENT_STOPPING_SAFE_RUNNING, staffing).details()));
        Map<String, Object> expected = new LinkedHashMap<>(Samples.valid(NotificationType.DEATH_OF_SERVICE_USER));
        expected.put("expected", "yes");
        assertEquals(null, NotificationCatalogue.spec(NotificationType.DEATH_OF_SERVICE_USER).harm()
                .apply(read(NotificationType.DEATH_OF_SERVICE_USER, expected).details()));
    }

    @Test
    void utilityOutagesCountAfter24HoursAndProposedChangesLieAhead() {
        Map<String, Object> outage = new LinkedHashMap<>(Samples.valid(NotificationType.EVENT_STOPPING_SAFE_RUNNING));
        outage.put("startedAt", NOW.minusHours(30).withSecond(0).withNano(0).toString());
        outage.put("endedAt", NOW.minusHours(20).withSecond(0).withNano(0).toString());
        assertEquals(List.of("startedAt"), fields(read(NotificationType.EVENT_STOPPING_SAFE_RUNNING, outage)));
        outage.remove("endedAt");
        assertTrue(read(NotificationType.EVENT_STOPPING_SAFE_RUNNING, outage).valid(), "still going after 30 hours");

        Map<String, Object> change = new LinkedHashMap<>(Samples.valid(NotificationType.NOTICE_OF_CHANGES));
        change.put("proposed", "true");
        assertEquals(List.of("effectiveDate"), fields(read(NotificationType.NOTICE_OF_CHANGES, change)));
        change.put("changeKind", "NAME_OF_INDIVIDUAL");
        change.put("effectiveDate", NOW.toLocalDate().plusDays(10).toString());
        change.remove("newName");
        assertEquals(List.of("newName"), fields(read(NotificationType.NOTICE_OF_CHANGES, change)));
    }

    @Test
    void deadlinesFollowTheRegulations() {
        var absence = NotificationCatalogue.spec(NotificationType.ABSENCE_OF_REGISTERED_PERSON);
        Map<String, Object> raw = new LinkedHashMap<>(Samples.valid(NotificationType.ABSENCE_OF_REGISTERED_PERSON));
        raw.put("startDate", "2026-11-20");
        raw.put("absenceKind", "EMERGENCY");
        Details emergency = DetailsReader.read(absence, raw, NOW).details();
        assertEquals(LocalDate.of(2026, 11, 27), absence.deadline().dueBy(emergency), "5 working days, not 5 days");
        raw.put("absenceKind", "PLANNED");
        assertEquals(LocalDate.of(2026, 10, 23), absence.deadline().dueBy(DetailsReader.read(absence, raw, NOW).details()));
        var sop = NotificationCatalogue.spec(NotificationType.STATEMENT_OF_PURPOSE_REVISED);
        Details d = DetailsReader.read(sop, Samples.valid(NotificationType.STATEMENT_OF_PURPOSE_REVISED), NOW).details();
        assertEquals(d.date("revisionDate").plusDays(28), sop.deadline().dueBy(d));
    }

    @Test
    void jsonOfTheWrongKindAndUnknownFieldsAreReported() {
        var spec = NotificationCatalogue.spec(NotificationType.POLICE_INCIDENT);
        List<FieldError> errors = new java.util.ArrayList<>();
        var json = jakarta.json.Json.createObjectBuilder().add("whatHappened", jakarta.json.Json.createObjectBuilder())
                .add("colour", "red").build();
        Map<String, Object> raw = DetailsReader.raw(spec, json, errors);
        assertEquals(List.of("whatHappened", "colour"), errors.stream().map(FieldError::field).toList());
        assertFalse(raw.containsKey("colour"));
    }
}
