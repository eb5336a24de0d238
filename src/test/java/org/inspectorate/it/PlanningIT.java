package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.inspectorate.demo.DemoAccounts;
import org.inspectorate.demo.RegisterGenerator;
import org.inspectorate.notification.domain.NotificationType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Planning through the staff API: a location's risk position and its reasons from notifications, enforcement and
 * special measures; the paged risk view after a full refresh; re-inspection deadlines with overdue ones; planning
 * within capacity, one open plan per location, starting a plan; managers only where it says so.
 */
@ExtendWith(ArquillianExtension.class)
class PlanningIT {

    static final String LOCATION = RegisterGenerator.locationId(3);
    static final String OTHER = RegisterGenerator.locationId(5);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebClient as(String email) {
        return new WebClient(base).basicAuth(email, DemoUsers.PASSWORD);
    }

    private long inspectorId() {
        String body = as(DemoUsers.MANAGER).get("/api/v1/staff/planning/capacity").body();
        JsonObject row = jakarta.json.Json.createReader(new java.io.StringReader(body)).readArray().stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getString("name").equals("Ivy Inspector")).findFirst()
                .orElseThrow();
        return row.getJsonNumber("staffId").longValue();
    }

    @Test
    void aLocationsPositionShowsItsReasons() {
        for (int i = 0; i < 2; i++) {
            assertEquals(201, new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY).postJson("/api/v1/notifications",
                    NotificationJson.valid(NotificationType.SERIOUS_INJURY, LOCATION)).status());
        }
        EnforcementIT.openFinding(as(DemoUsers.INSPECTOR), LOCATION, "Finding P-" + System.nanoTime());
        JsonObject r = as(DemoUsers.INSPECTOR).get("/api/v1/staff/planning/risk/" + LOCATION).json();
        String reasons = r.getJsonArray("reasons").toString();
        assertTrue(reasons.contains("notifications or concerns in 90 days, the latest today"), reasons);
        assertTrue(reasons.contains("Open enforcement case"), reasons);
        assertTrue(reasons.contains("rating") || reasons.contains("rated") || reasons.contains("not yet assessed"), reasons);
        int sum = r.getJsonArray("reasons").stream().mapToInt(x -> x.asJsonObject().getInt("points")).sum();
        assertEquals(Math.max(0, Math.min(100, sum)), r.getInt("score"), "the score is the sum of its reasons");
        assertEquals(404, as(DemoUsers.INSPECTOR).get("/api/v1/staff/planning/risk/1-000000000").status());
    }

    @Test
    void specialMeasuresSetAReinspectionDeadlineThatBecomesOverdue() {
        WebClient manager = as(DemoUsers.MANAGER);
        String SPECIAL = EnforcementIT.quietLocation(base, 252);
        JsonObject c = EnforcementIT.confirm(manager, EnforcementIT.openFinding(as(DemoUsers.INSPECTOR), SPECIAL,
                "Finding S-" + System.nanoTime()), "SPECIAL_MEASURES", null);
        LocalDate since = LocalDate.now(ZoneOffset.UTC).minusMonths(7);
        WebClient.Response sm = manager.postJson("/api/v1/staff/enforcement/cases/" + EnforcementIT.id(c) + "/actions",
                "{\"version\":" + EnforcementIT.version(c) + ",\"date\":\"" + since + "\"}");
        assertEquals(200, sm.status(), sm.body());
        JsonObject r = as(DemoUsers.INSPECTOR).get("/api/v1/staff/planning/risk/" + SPECIAL).json();
        assertEquals(since.plusMonths(6).toString(), r.getString("reinspectionDue"));
        assertTrue(r.getBoolean("reinspectionOverdue"));
        assertTrue(r.getJsonArray("reasons").toString().contains("In special measures since " + org.inspectorate.shared.time.Days.written(since)), r.toString());
        String overdue = as(DemoUsers.INSPECTOR).get("/api/v1/staff/planning/reinspections?overdue=true&perPage=100").body();
        assertTrue(overdue.contains(SPECIAL), overdue);
        WebClient.Response all = as(DemoUsers.INSPECTOR).get("/api/v1/staff/planning/reinspections?perPage=100");
        assertEquals(200, all.status(), all.body());
        assertTrue(all.body().contains(SPECIAL));
    }

    @Test
    void theRiskViewIsPagedHighestFirstAfterARefresh() throws Exception {
        assertEquals(403, as(DemoUsers.INSPECTOR).send("POST", "/api/v1/staff/planning/risk/refresh", null, null).status());
        WebClient manager = as(DemoUsers.MANAGER);
        assertEquals(202, manager.send("POST", "/api/v1/staff/planning/risk/refresh", null, null).status());
        JsonObject status = null;
        for (int i = 0; i < 240; i++) {
            status = manager.get("/api/v1/staff/planning/risk/refresh").json();
            if (!status.getBoolean("running") && status.containsKey("lastCompleted")) {
                break;
            }
            Thread.sleep(500);
        }
        assertTrue(status.containsKey("lastCompleted"), status.toString());
        JsonObject page = manager.get("/api/v1/staff/planning/risk?perPage=20").json();
        assertTrue(page.getJsonNumber("total").longValue() > 20, page.toString());
        int previous = 101;
        for (JsonValue v : page.getJsonArray("items")) {
            int score = v.asJsonObject().getInt("score");
            assertTrue(score <= previous, "highest first");
            previous = score;
            assertTrue(!v.asJsonObject().getJsonArray("reasons").isEmpty() || score == 0);
        }
        JsonObject london = manager.get("/api/v1/staff/planning/risk?team=ADULT_SOCIAL_CARE&region=LONDON&perPage=5").json();
        london.getJsonArray("items").forEach(v -> assertEquals("LONDON", v.asJsonObject().getString("region")));
        assertEquals(400, manager.get("/api/v1/staff/planning/risk?team=NOPE").status());
    }

    @Test
    void managersPlanWithinCapacityAndPlansStart() {
        WebClient manager = as(DemoUsers.MANAGER);
        long ivy = inspectorId();
        LocalDate on = LocalDate.now(ZoneOffset.UTC).plusMonths(2).withDayOfMonth(10);
        String body = "{\"locationId\":\"" + OTHER + "\",\"inspectorId\":" + ivy + ",\"plannedOn\":\"" + on
                + "\",\"kind\":\"RESPONSIVE\",\"note\":\"Pattern of falls\"}";
        assertEquals(403, as(DemoUsers.INSPECTOR).postJson("/api/v1/staff/planning/assessments", body).status());
        WebClient.Response planned = manager.postJson("/api/v1/staff/planning/assessments", body);
        assertEquals(201, planned.status(), planned.body());
        JsonObject plan = planned.json();
        assertEquals("PLANNED", plan.getString("state"));
        assertTrue(plan.getString("reasons").contains("Note: Pattern of falls"));
        assertEquals(409, manager.postJson("/api/v1/staff/planning/assessments", body).status(), "one open plan per location");

        JsonObject row = as(DemoUsers.INSPECTOR).get("/api/v1/staff/planning/risk/" + OTHER).json();
        assertEquals(on.toString(), row.getString("plannedOn"));

        assertEquals(200, manager.send("PUT", "/api/v1/staff/planning/capacity/" + ivy, "application/json",
                "{\"perMonth\":1}").status());
        WebClient.Response full = manager.postJson("/api/v1/staff/planning/assessments", "{\"locationId\":\""
                + RegisterGenerator.locationId(0) + "\",\"inspectorId\":" + ivy + ",\"plannedOn\":\"" + on.plusDays(3)
                + "\",\"kind\":\"FOCUSED\"}");
        assertEquals(409, full.status(), full.body());
        assertTrue(full.json().getString("detail").contains("1 of 1"), full.body());
        String month = YearMonth.from(on).toString();
        assertTrue(manager.get("/api/v1/staff/planning/capacity?month=" + month).body().contains("\"full\":true"));
        assertTrue(manager.get("/api/v1/staff/planning/assessments?month=" + month + "&perPage=100").body()
                .contains(OTHER));
        WebClient.Response past = manager.postJson("/api/v1/staff/planning/assessments", "{\"locationId\":\""
                + RegisterGenerator.locationId(0) + "\",\"inspectorId\":" + ivy + ",\"plannedOn\":\"2020-01-01\"}");
        assertEquals(400, past.status());
        manager.send("PUT", "/api/v1/staff/planning/capacity/" + ivy, "application/json", "{\"perMonth\":8}");

        WebClient.Response started = as(DemoUsers.INSPECTOR).postJson("/api/v1/staff/planning/assessments/"
                + plan.getJsonNumber("id") + "/start", "{\"version\":" + plan.getInt("version") + ",\"assessmentId\":\"ASM-1\"}");
        assertEquals(200, started.status(), started.body());
        assertEquals("STARTED", started.json().getString("state"));
        assertNotNull(started.json().getString("startedOn"));
        assertTrue(as(DemoUsers.ADMIN).get("/api/v1/staff/audit?entityType=Location&entityId=" + OTHER + "&perPage=50")
                .body().contains("PLANNED_ASSESSMENT_STARTED"));
    }
}
