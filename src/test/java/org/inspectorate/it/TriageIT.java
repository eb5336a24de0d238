package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.inspectorate.demo.DemoAccounts;
import org.inspectorate.notification.domain.NotificationType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Triage through the staff API: every notification lands in exactly one queue with a risk score and due
 * time; claim, assign, decide, reopen and bulk actions change state, refuse what the state or role does not
 * allow, and are audited; the backlog and /metrics count the items truthfully.
 */
@ExtendWith(ArquillianExtension.class)
class TriageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebClient as(String email) {
        return new WebClient(base).basicAuth(email, DemoUsers.PASSWORD);
    }

    /** Submits a notification as provider A and returns its triage item, found through the staff queue. */
    private JsonObject submitAndFind(NotificationType type) {
        WebClient.Response r = new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY).postJson(
                "/api/v1/notifications", NotificationJson.valid(type, NotificationApiIT.A_LOCATION));
        assertEquals(201, r.status(), r.body());
        String ref = r.json().getString("reference");
        WebClient.Response timeline = as(DemoUsers.INSPECTOR).get("/api/v1/staff/locations/"
                + NotificationApiIT.A_LOCATION + "/timeline?perPage=100");
        assertEquals(200, timeline.status(), timeline.body());
        JsonObject row = timeline.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("reference").equals(ref)).findFirst().orElseThrow();
        return as(DemoUsers.INSPECTOR).get("/api/v1/staff/triage/" + row.getJsonNumber("id").longValue()).json();
    }

    private static long id(JsonObject item) {
        return item.getJsonObject("item").getJsonNumber("id").longValue();
    }

    private static int version(JsonObject item) {
        return item.getInt("version");
    }

    @Test
    void aNotificationIsQueuedScoredAndDue() {
        JsonObject item = submitAndFind(NotificationType.ABUSE_OR_ALLEGATION);
        JsonObject row = item.getJsonObject("item");
        assertEquals("NEW", row.getString("state"));
        assertTrue(row.getInt("riskScore") >= 35, row.toString());
        assertTrue(item.getJsonArray("riskReasons").toString().contains("Abuse or an allegation of abuse"));
        assertTrue(item.getJsonObject("source").getJsonArray("rows").toString().contains("A resident told us"));
        JsonObject registration = submitAndFind(NotificationType.STATEMENT_OF_PURPOSE_REVISED);
        assertEquals("REGISTRATION", registration.getJsonObject("item").getString("team"));
        assertTrue(as(DemoUsers.INSPECTOR).get("/api/v1/staff/triage?team=REGISTRATION&state=NEW&perPage=100").body()
                .contains(registration.getJsonObject("item").getString("reference")));
    }

    @Test
    void earlierItemsAtTheLocationRaiseTheRisk() {
        submitAndFind(NotificationType.ABUSE_OR_ALLEGATION);
        submitAndFind(NotificationType.ABUSE_OR_ALLEGATION);
        JsonObject again = submitAndFind(NotificationType.ABUSE_OR_ALLEGATION);
        String reasons = again.getJsonArray("riskReasons").toString();
        assertTrue(reasons.contains("other item(s) at this location in the last 90 days"), reasons);
        assertTrue(reasons.contains("repeat theme"), reasons + " (two earlier items on the theme make a repeat)");
    }

    @Test
    void anInspectorClaimsAndDecidesAndEveryStepIsAudited() {
        JsonObject item = submitAndFind(NotificationType.SERIOUS_INJURY);
        long id = id(item);
        WebClient inspector = as(DemoUsers.INSPECTOR);
        WebClient.Response claimed = inspector.postJson("/api/v1/staff/triage/" + id + "/claim",
                "{\"version\":" + version(item) + "}");
        assertEquals(200, claimed.status(), claimed.body());
        assertEquals("ASSIGNED", claimed.json().getJsonObject("item").getString("state"));

        WebClient.Response stale = inspector.postJson("/api/v1/staff/triage/" + id + "/release",
                "{\"version\":" + version(item) + "}");
        assertEquals(409, stale.status(), "acting on an old version is refused");

        int v = version(claimed.json());
        WebClient.Response noReasons = inspector.postJson("/api/v1/staff/triage/" + id + "/outcome",
                "{\"version\":" + v + ",\"outcome\":\"MONITOR\",\"reasons\":\" \"}");
        assertEquals(400, noReasons.status());
        assertEquals("reasons", noReasons.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        WebClient.Response info = inspector.postJson("/api/v1/staff/triage/" + id + "/outcome",
                "{\"version\":" + v + ",\"outcome\":\"REQUEST_INFORMATION\",\"reasons\":\"Ask for the falls policy\"}");
        assertEquals("AWAITING_INFORMATION", info.json().getJsonObject("item").getString("state"));
        v = version(info.json());
        WebClient.Response back = inspector.postJson("/api/v1/staff/triage/" + id + "/information-received",
                "{\"version\":" + v + "}");
        v = version(back.json());
        WebClient.Response closed = inspector.postJson("/api/v1/staff/triage/" + id + "/outcome",
                "{\"version\":" + v + ",\"outcome\":\"REFER_TO_SAFEGUARDING\",\"reasons\":\"Unexplained fracture\"}");
        assertEquals("CLOSED", closed.json().getJsonObject("item").getString("state"));
        assertEquals(2, closed.json().getJsonArray("decisions").size());
        WebClient.Response again = inspector.postJson("/api/v1/staff/triage/" + id + "/outcome",
                "{\"version\":" + version(closed.json()) + ",\"outcome\":\"MONITOR\",\"reasons\":\"x\"}");
        assertEquals(409, again.status(), "a closed item must be reopened first");
        WebClient.Response reopened = inspector.postJson("/api/v1/staff/triage/" + id + "/reopen",
                "{\"version\":" + version(closed.json()) + ",\"reasons\":\"New information from the family\"}");
        assertEquals("ASSIGNED", reopened.json().getJsonObject("item").getString("state"));

        String ref = item.getJsonObject("item").getString("reference");
        String trail = as(DemoUsers.ADMIN).get("/api/v1/staff/audit?entityType=TriageItem&entityId=" + ref
                + "&perPage=50").body();
        for (String action : List.of("TRIAGE_ITEM_OPENED", "TRIAGE_ITEM_CLAIMED", "TRIAGE_OUTCOME_RECORDED",
                "TRIAGE_INFORMATION_RECEIVED", "TRIAGE_ITEM_REOPENED")) {
            assertTrue(trail.contains(action), action + " in " + trail);
        }
        assertTrue(trail.contains("Unexplained fracture"));
        assertTrue(as(DemoUsers.ADMIN).get("/api/v1/staff/audit?action=PERSONAL_DATA_VIEWED&entityId=" + ref)
                .body().contains(DemoUsers.INSPECTOR), "reading the notification is audited");
    }

    @Test
    void bulkActionsAreForManagersAndAllOrNothing() {
        JsonObject a = submitAndFind(NotificationType.POLICE_INCIDENT);
        JsonObject b = submitAndFind(NotificationType.POLICE_INCIDENT);
        String ids = "[" + id(a) + "," + id(b) + "]";
        long ivy = inspectorId();
        assertEquals(403, as(DemoUsers.INSPECTOR).postJson("/api/v1/staff/triage/bulk",
                "{\"action\":\"ASSIGN\",\"items\":" + ids + ",\"assigneeId\":" + ivy + "}").status());

        WebClient manager = as(DemoUsers.MANAGER);
        WebClient.Response assigned = manager.postJson("/api/v1/staff/triage/bulk",
                "{\"action\":\"ASSIGN\",\"items\":" + ids + ",\"assigneeId\":" + ivy + "}");
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals(2, assigned.json().getInt("changed"));

        WebClient.Response closeOne = manager.postJson("/api/v1/staff/triage/bulk",
                "{\"action\":\"DECIDE\",\"items\":[" + id(a) + "],\"outcome\":\"NO_FURTHER_ACTION\",\"reasons\":\"Handled\"}");
        assertEquals(200, closeOne.status(), closeOne.body());
        WebClient.Response both = manager.postJson("/api/v1/staff/triage/bulk",
                "{\"action\":\"DECIDE\",\"items\":" + ids + ",\"outcome\":\"MONITOR\",\"reasons\":\"Pattern\"}");
        assertEquals(409, both.status(), both.body());
        assertTrue(both.json().getString("detail").contains(a.getJsonObject("item").getString("reference")));
        assertEquals("ASSIGNED", as(DemoUsers.INSPECTOR).get("/api/v1/staff/triage/" + id(b)).json()
                .getJsonObject("item").getString("state"), "nothing changed");
        WebClient.Response link = manager.postJson("/api/v1/staff/triage/bulk",
                "{\"action\":\"LINK\",\"items\":[" + id(b) + "],\"locationId\":\"" + NotificationApiIT.B_LOCATION + "\"}");
        assertEquals(409, link.status(), "notifications stay with their own location");
    }

    @Test
    void theBacklogAndMetricsCountOpenItems() throws Exception {
        submitAndFind(NotificationType.EVENT_STOPPING_SAFE_RUNNING);
        JsonObject backlog = as(DemoUsers.INSPECTOR).get("/api/v1/staff/triage/backlog").json();
        assertTrue(backlog.getJsonNumber("open").longValue() > 0);
        long sum = backlog.getJsonArray("queues").stream().mapToLong(q -> q.asJsonObject().getJsonNumber("open")
                .longValue()).sum();
        assertEquals(backlog.getJsonNumber("open").longValue(), sum, "every open item is in exactly one queue");
        long queued = as(DemoUsers.INSPECTOR).get("/api/v1/staff/triage?perPage=1").json().getJsonNumber("total")
                .longValue();
        assertEquals(sum, queued);

        Thread.sleep(5_500);
        String metrics = new WebClient(base).get("/metrics?scope=application").body();
        assertTrue(metrics.contains("triage_queue_size{"), metrics);
        assertTrue(metrics.contains("triage_queue_oldest_age_seconds{"), metrics);
        assertTrue(metrics.matches("(?s).*triage_open_total\\{[^}]*\\} [1-9].*"), metrics);
    }

    @Test
    void aQueueReadLongestWaitingFirstPutsAnOldLowRiskItemOnTop() {
        JsonObject item = submitAndFind(NotificationType.EVENT_STOPPING_SAFE_RUNNING);
        long id = id(item);
        String team = item.getJsonObject("item").getString("team");
        Database.update("update triage_item set received_at = now() - interval '40 days', risk_score = 1 where id = ?",
                id);
        WebClient.Response oldest = as(DemoUsers.INSPECTOR).get("/api/v1/staff/triage?team=" + team
                + "&sort=oldest&perPage=5");
        assertEquals(200, oldest.status(), oldest.body());
        List<JsonObject> rows = oldest.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(rows.size() > 0);
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(!java.time.Instant.parse(rows.get(i - 1).getString("receivedAt")).isAfter(
                    java.time.Instant.parse(rows.get(i).getString("receivedAt"))), "longest waiting first: " + rows);
        }
        JsonObject mine = as(DemoUsers.INSPECTOR).get("/api/v1/staff/triage?team=" + team + "&sort=oldest&perPage=100")
                .json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertTrue(mine.getInt("daysWaiting") >= 39, mine.toString());
        WebClient.Response bad = as(DemoUsers.INSPECTOR).get("/api/v1/staff/triage?sort=newest");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("\"field\":\"sort\""), bad.body());

        WebClient browser = new WebClient(base);
        browser.signIn(DemoUsers.INSPECTOR, DemoUsers.PASSWORD);
        String page = browser.get("/staff/triage/index.xhtml?team=" + team + "&oldest=true").body();
        assertTrue(page.contains("Days waiting"), "the queue shows how long each item has waited");
        String backlog = browser.get("/staff/triage/backlog.xhtml").body();
        assertTrue(backlog.contains("class=\"app-oldest-link\"") && backlog.contains("oldest=true"),
                "each queue's oldest item leads to the queue read longest waiting first");
    }

    @Test
    void theQueueIsForStaffAndFiltersAreChecked() {
        assertEquals(403, new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY).get("/api/v1/staff/triage")
                .status());
        assertEquals(401, new WebClient(base).get("/api/v1/staff/triage").status());
        WebClient.Response bad = as(DemoUsers.INSPECTOR).get("/api/v1/staff/triage?team=NOPE&state=CLOSED&perPage=500");
        assertEquals(400, bad.status());
        assertEquals(2, bad.json().getJsonArray("errors").size(), bad.body());
    }

    private long inspectorId() {
        JsonObject first = as(DemoUsers.ADMIN).get("/api/v1/staff/audit?person=" + DemoUsers.INSPECTOR + "&perPage=1")
                .json().getJsonArray("items").getJsonObject(0);
        return first.getJsonNumber("actorId").longValue();
    }
}
