package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonValue;
import java.net.URL;
import org.inspectorate.demo.DemoAccounts;
import org.inspectorate.notification.domain.NotificationType;

/** Triage items for tests: a fresh one from provider A's notification, assigned to someone. */
final class TriageItems {

    private TriageItems() {
    }

    /** A new serious-injury notification's triage item, assigned by the demo manager to {@code staffId}; its id. */
    static long heldBy(URL base, long staffId) {
        WebClient manager = new WebClient(base).basicAuth(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        long id = fresh(base);
        int version = manager.get("/api/v1/staff/triage/" + id).json().getInt("version");
        WebClient.Response assigned = manager.postJson("/api/v1/staff/triage/" + id + "/assign", "{\"version\":"
                + version + ",\"assigneeId\":" + staffId + "}");
        assertEquals(200, assigned.status(), assigned.body());
        return id;
    }

    /** A new serious-injury notification's triage item, not yet assigned; its id. */
    static long fresh(URL base) {
        WebClient manager = new WebClient(base).basicAuth(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        WebClient.Response sent = new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY).postJson(
                "/api/v1/notifications", NotificationJson.valid(NotificationType.SERIOUS_INJURY,
                        NotificationApiIT.A_LOCATION));
        assertEquals(201, sent.status(), sent.body());
        String ref = sent.json().getString("reference");
        long id = manager.get("/api/v1/staff/locations/" + NotificationApiIT.A_LOCATION + "/timeline?perPage=100")
                .json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("reference").equals(ref)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        return id;
    }
}
