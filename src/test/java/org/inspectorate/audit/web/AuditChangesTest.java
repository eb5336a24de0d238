package org.inspectorate.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChangesTest {

    @Test
    void listsOnlyTheFieldsThatChanged() {
        List<AuditChanges.Change> changes = AuditChanges.diff(
                "{\"name\":\"Oak House\",\"beds\":30,\"phone\":null}",
                "{\"name\":\"Oak Lodge\",\"beds\":30,\"phone\":\"0113 496 0000\"}");
        assertEquals(List.of(new AuditChanges.Change("name", "Oak House", "Oak Lodge"),
                new AuditChanges.Change("phone", "", "0113 496 0000")), changes);
    }

    @Test
    void aCreationHasOnlyAfterValues() {
        assertEquals(List.of(new AuditChanges.Change("email", "", "a@b.example")),
                AuditChanges.diff(null, "{\"email\":\"a@b.example\"}"));
    }

    @Test
    void nothingToShowForEventsWithoutValues() {
        assertEquals(List.of(), AuditChanges.diff(null, null));
    }

    @Test
    void codesReadAsWordsAndOtherValuesStayAsTheyAre() {
        assertEquals("Personal data viewed", AuditChanges.words("PERSONAL_DATA_VIEWED"));
        assertEquals("In review", AuditChanges.diff("{\"state\":\"DRAFT\"}", "{\"state\":\"IN_REVIEW\"}").get(0)
                .after());
        assertEquals("Oak House", AuditChanges.words("Oak House"));
        assertEquals("RA4", AuditChanges.words("RA4"));
        assertEquals("1-101234567", AuditChanges.words("1-101234567"));
        assertEquals("GET /portal/: refused for roles PROVIDER,provider admin", new AuditChanges().text(
                "GET /portal/: refused for roles PROVIDER,PROVIDER_ADMIN"));
        assertEquals("31 January 2027", AuditChanges.plain("2027-01-31"));
        assertEquals("2027-02-30", AuditChanges.plain("2027-02-30"), "not a day: as recorded");
        assertEquals("1 July 2026, 13:05", AuditChanges.plain("2026-07-01T12:05:09.123Z"), "UK time");
        assertEquals("[\"provider admin\"]", AuditChanges.diff(null, "{\"roles\":[\"PROVIDER_ADMIN\"]}").get(0).after());
    }
}
