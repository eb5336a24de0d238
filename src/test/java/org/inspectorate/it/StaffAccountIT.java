package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.inspectorate.demo.DemoAccounts;
import org.inspectorate.notification.domain.NotificationType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff accounts without the database: an administrator adds an inspector, who chooses a password from the emailed
 * link, signs in and is assigned work; suspending ends their access at once and reactivating restores it; an ended
 * account stays ended. Only administrators manage accounts, never their own; every change is audited.
 */
@ExtendWith(ArquillianExtension.class)
class StaffAccountIT {

    static final String ACCOUNTS = "/api/v1/staff/accounts";
    static final String PASSWORD = "a new inspector's password 2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebClient as(String email) {
        return new WebClient(base).basicAuth(email, DemoUsers.PASSWORD);
    }

    @Test
    void anAdministratorAddsAnInspectorWhoSignsInAndIsAssignedWork() {
        WebClient admin = as(DemoUsers.ADMIN);
        WebClient.Response empty = admin.postJson(ACCOUNTS, "{\"roles\":[\"PROVIDER_ADMIN\"],\"team\":\"NOPE\"}");
        assertEquals(400, empty.status(), empty.body());
        List<String> fields = empty.json().getJsonArray("errors").stream().map(e -> e.asJsonObject()
                .getString("field")).toList();
        assertTrue(fields.containsAll(List.of("email", "name", "roles", "team")), fields.toString());
        String email = "new-inspector-" + System.nanoTime() + "@inspectorate.local";
        String body = "{\"email\":\"" + email + "\",\"name\":\"Nia Newcomer\",\"roles\":[\"INSPECTOR\"],"
                + "\"team\":\"ADULT_SOCIAL_CARE\",\"region\":\"LONDON\"}";
        assertEquals(403, as(DemoUsers.MANAGER).postJson(ACCOUNTS, body).status(), "administrators only");

        WebClient.Response added = admin.postJson(ACCOUNTS, body);
        assertEquals(201, added.status(), added.body());
        long id = added.json().getJsonNumber("id").longValue();
        assertEquals("ACTIVE", added.json().getString("status"));
        assertEquals("Adult social care", added.json().getString("teamLabel"));
        assertEquals(400, admin.postJson(ACCOUNTS, body).status(), "one account per email address");

        MailSink.Mail mail = MailSink.await(email, "Your Inspectorate staff account", Duration.ofSeconds(30));
        String link = mail.link("/reset-password.xhtml");
        WebClient.Response set = new WebClient(base).submit(link, "reset", Map.of("password", PASSWORD,
                "confirm", PASSWORD), "submit");
        assertEquals(302, set.status(), set.body());
        WebClient nia = new WebClient(base).basicAuth(email, PASSWORD);
        assertEquals(200, nia.get("/api/v1/staff/triage?perPage=1").status(), "signs in as staff");
        assertEquals(403, nia.get(ACCOUNTS).status(), "an inspector does not manage accounts");

        JsonObject item = notificationItem();
        WebClient.Response assigned = as(DemoUsers.MANAGER).postJson("/api/v1/staff/triage/" + itemId(item)
                + "/assign", "{\"version\":" + item.getInt("version") + ",\"assigneeId\":" + id + "}");
        assertEquals(200, assigned.status(), assigned.body());
        assertTrue(nia.get("/api/v1/staff/triage?assignee=" + id + "&perPage=100").json().getJsonArray("items")
                .stream().anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == itemId(item)),
                "the new inspector is assigned work");

        assertEquals("SUSPENDED", admin.postJson(ACCOUNTS + "/" + id + "/suspend", "{}").json().getString("status"));
        assertEquals(401, nia.get("/api/v1/staff/triage?perPage=1").status(), "a suspended account cannot sign in");
        assertEquals("ACTIVE", admin.postJson(ACCOUNTS + "/" + id + "/reactivate", "{}").json().getString("status"));
        assertEquals(200, nia.get("/api/v1/staff/triage?perPage=1").status());

        WebClient.Response roles = admin.send("PUT", ACCOUNTS + "/" + id, "application/json",
                "{\"roles\":[\"INSPECTOR\",\"MANAGER\"],\"team\":\"HOSPITALS\"}");
        assertEquals(200, roles.status(), roles.body());
        assertEquals(List.of("INSPECTOR", "MANAGER"), roles.json().getJsonArray("roles").getValuesAs(
                jakarta.json.JsonString::getString));

        long adminId = admin.get(ACCOUNTS + "?perPage=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getString("email").equals(DemoUsers.ADMIN)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        WebClient.Response self = admin.postJson(ACCOUNTS + "/" + adminId + "/end", "{}");
        assertEquals(400, self.status(), "never one's own account: " + self.body());

        assertEquals("ENDED", admin.postJson(ACCOUNTS + "/" + id + "/end", "{}").json().getString("status"));
        assertEquals(400, admin.postJson(ACCOUNTS + "/" + id + "/reactivate", "{}").status(), "an ended account stays ended");
        assertEquals(401, nia.get("/api/v1/staff/triage?perPage=1").status());
        for (String action : List.of("STAFF_ACCOUNT_ADDED", "STAFF_ACCOUNT_SUSPENDED", "STAFF_ACCOUNT_REACTIVATED",
                "STAFF_ACCOUNT_CHANGED", "STAFF_ACCOUNT_ENDED")) {
            assertEquals(1, PortalUsers.audit(base, "action=" + action + "&entityId=" + id).getJsonNumber("total")
                    .longValue(), action);
        }
    }

    private JsonObject notificationItem() {
        WebClient.Response r = new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY).postJson(
                "/api/v1/notifications", NotificationJson.valid(NotificationType.SERIOUS_INJURY,
                        NotificationApiIT.A_LOCATION));
        assertEquals(201, r.status(), r.body());
        String ref = r.json().getString("reference");
        JsonObject row = as(DemoUsers.INSPECTOR).get("/api/v1/staff/locations/" + NotificationApiIT.A_LOCATION
                + "/timeline?perPage=100").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("reference").equals(ref)).findFirst().orElseThrow();
        return as(DemoUsers.INSPECTOR).get("/api/v1/staff/triage/" + row.getJsonNumber("id").longValue()).json();
    }

    private static long itemId(JsonObject item) {
        return item.getJsonObject("item").getJsonNumber("id").longValue();
    }
}
