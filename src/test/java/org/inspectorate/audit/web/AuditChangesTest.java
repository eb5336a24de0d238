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
}
