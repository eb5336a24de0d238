package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Work never waits on one person: a manager records an inspector's leave; every kind of work the inspector holds
 * (a triage item, a report, an enforcement case, a planned assessment) then shows on the manager's waiting-work
 * list, flagged where it falls due while they are away, and is given to someone else in one request; an item
 * changed meanwhile is refused by itself while the rest move. Work of a suspended account shows too. Only the
 * person or a manager records or cancels leave; only managers see and move the work; each change is audited.
 */
@ExtendWith(ArquillianExtension.class)
class WaitingWorkIT {

    static final String ABSENCES = "/api/v1/staff/absences";
    static final String WAITING = "/api/v1/staff/waiting-work";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebClient as(String email) {
        return new WebClient(base).basicAuth(email, DemoUsers.PASSWORD);
    }

    private long newInspector(String name) {
        WebClient.Response r = as(DemoUsers.ADMIN).postJson("/api/v1/staff/accounts", "{\"email\":\""
                + PortalUsers.uniqueEmail("staff") + "\",\"name\":\"" + name + "\",\"roles\":[\"INSPECTOR\"],"
                + "\"team\":\"ADULT_SOCIAL_CARE\",\"region\":\"LONDON\"}");
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    @Test
    void anAbsentInspectorsWorkIsListedForTheManagerAndGivenToSomeoneElse() {
        WebClient manager = as(DemoUsers.MANAGER);
        WebClient inspector = as(DemoUsers.INSPECTOR);
        long away = newInspector("Abe Away");
        long taker = newInspector("Tia Taker");

        long item = TriageItems.heldBy(base, away);
        String quiet = EnforcementIT.quietLocation(base, 60); // no other test's counts change with its case
        long report = ReportApi.id(ReportApi.open(base, quiet, 2));
        assertEquals(200, manager.postJson("/api/v1/staff/reports/" + report + "/assign", "{\"staffId\":" + away
                + "}").status());
        JsonObject c = EnforcementIT.openFinding(inspector, quiet,
                "Absence finding " + System.nanoTime());
        WebClient.Response owned = manager.postJson("/api/v1/staff/enforcement/cases/" + EnforcementIT.id(c)
                + "/owner", "{\"version\":" + EnforcementIT.version(c) + ",\"ownerId\":" + away + "}");
        assertEquals(200, owned.status(), owned.body());
        long plan = planFor(manager, away, TODAY.plusDays(3));

        assertEquals(403, inspector.get(WAITING).status(), "managers only");
        assertEquals(403, inspector.postJson(ABSENCES, "{\"staffId\":" + away + ",\"startsOn\":\"" + TODAY
                + "\",\"endsOn\":\"" + TODAY.plusDays(7) + "\"}").status(), "only managers record someone else's");
        WebClient.Response bad = manager.postJson(ABSENCES, "{\"staffId\":" + away
                + ",\"startsOn\":\"2027-02-30\",\"endsOn\":\"" + TODAY.minusDays(1) + "\"}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("\"field\":\"startsOn\""), bad.body());
        WebClient.Response recorded = manager.postJson(ABSENCES, "{\"staffId\":" + away + ",\"startsOn\":\"" + TODAY
                + "\",\"endsOn\":\"" + TODAY.plusDays(7) + "\"}");
        assertEquals(201, recorded.status(), recorded.body());
        JsonObject absence = recorded.json();
        assertEquals("CURRENT", absence.getString("status"));
        assertEquals("Abe Away", absence.getString("staffName"));
        WebClient.Response twice = manager.postJson(ABSENCES, "{\"staffId\":" + away + ",\"startsOn\":\""
                + TODAY.plusDays(5) + "\",\"endsOn\":\"" + TODAY.plusDays(9) + "\"}");
        assertEquals(400, twice.status(), "no overlapping absences: " + twice.body());
        assertTrue(twice.body().contains("already recorded as away"), twice.body());

        Map<String, JsonObject> listed = waiting(manager, away);
        assertEquals(java.util.Set.of("TRIAGE_ITEM:" + item, "REPORT:" + report, "ENFORCEMENT_CASE:"
                + EnforcementIT.id(c), "PLANNED_ASSESSMENT:" + plan), listed.keySet());
        listed.values().forEach(r -> {
            assertEquals("AWAY", r.getString("ownerStatus"));
            assertEquals("Abe Away", r.getString("ownerName"));
        });
        assertTrue(listed.get("PLANNED_ASSESSMENT:" + plan).getBoolean("dueWhileAway"), "planned in 3 days");
        assertTrue(listed.get("REPORT:" + report).getString("path").contains("/staff/reports/edit.xhtml?id="));

        WebClient.Response toAway = manager.postJson(WAITING + "/reassign", body(away, listed.values()));
        assertEquals(400, toAway.status(), "not to someone away today: " + toAway.body());
        assertTrue(toAway.body().contains("\"field\":\"toStaffId\""), toAway.body());
        assertEquals(403, inspector.postJson(WAITING + "/reassign", body(taker, listed.values())).status());

        String stale = body(taker, listed.values()).replace("\"kind\":\"TRIAGE_ITEM\",\"id\":" + item
                + ",\"version\":" + listed.get("TRIAGE_ITEM:" + item).getInt("version"), "\"kind\":\"TRIAGE_ITEM\","
                + "\"id\":" + item + ",\"version\":" + (listed.get("TRIAGE_ITEM:" + item).getInt("version") + 7));
        WebClient.Response moved = manager.postJson(WAITING + "/reassign", stale);
        assertEquals(200, moved.status(), moved.body());
        assertEquals(3, moved.json().getInt("moved"), moved.body());
        assertEquals("Tia Taker", moved.json().getString("toStaffName"));
        JsonObject refused = moved.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> !o.getBoolean("moved")).findFirst().orElseThrow();
        assertEquals("TRIAGE_ITEM", refused.getString("kind"), "the item changed meanwhile stays");
        assertTrue(refused.getString("detail").contains("changed"), refused.toString());
        assertEquals(java.util.Set.of("TRIAGE_ITEM:" + item), waiting(manager, away).keySet());
        WebClient.Response one = manager.postJson(WAITING + "/reassign", body(taker,
                waiting(manager, away).values()));
        assertEquals(1, one.json().getInt("moved"), one.body());
        assertTrue(waiting(manager, away).isEmpty());

        assertEquals("Tia Taker", manager.get("/api/v1/staff/enforcement/cases/" + EnforcementIT.id(c)).json()
                .getJsonObject("summary").getString("ownerName"));
        for (String action : List.of("TRIAGE_ITEM_ASSIGNED", "REPORT_REASSIGNED", "ENFORCEMENT_CASE_REASSIGNED",
                "PLANNED_ASSESSMENT_ALLOCATED")) {
            assertTrue(PortalUsers.audit(base, "action=" + action).getJsonNumber("total").longValue() >= 1, action);
        }
        long absenceId = absence.getJsonNumber("id").longValue();
        assertEquals(1, PortalUsers.audit(base, "action=STAFF_ABSENCE_RECORDED&entityId=" + absenceId)
                .getJsonNumber("total").longValue());

        assertTrue(manager.get(ABSENCES + "?perPage=100").body().contains("\"id\":" + absenceId));
        assertFalse(inspector.get(ABSENCES + "?perPage=100").body().contains("\"id\":" + absenceId),
                "staff see only their own absences");
        assertEquals(403, inspector.postJson(ABSENCES + "/" + absenceId + "/cancel", "{}").status());
        WebClient.Response cancelled = manager.postJson(ABSENCES + "/" + absenceId + "/cancel", "{}");
        assertEquals("CANCELLED", cancelled.json().getString("status"), cancelled.body());
        assertEquals(400, manager.postJson(ABSENCES + "/" + absenceId + "/cancel", "{}").status());
        assertTrue(as(DemoUsers.ADMIN).get("/metrics?scope=application").body()
                .contains("work_waiting_on_absent_people"));
    }

    @Test
    void staffRecordTheirOwnLeaveAndTheWorkOfASuspendedAccountWaitsToo() {
        WebClient inspector = as(DemoUsers.INSPECTOR);
        LocalDate from = TODAY.plusDays(200);
        WebClient.Response own = inspector.postJson(ABSENCES, "{\"startsOn\":\"" + from + "\",\"endsOn\":\""
                + from.plusDays(2) + "\"}");
        assertEquals(201, own.status(), own.body());
        assertEquals("UPCOMING", own.json().getString("status"));
        assertEquals("Ivy Inspector", own.json().getString("staffName"));
        assertEquals(200, inspector.postJson(ABSENCES + "/" + own.json().getJsonNumber("id").longValue()
                + "/cancel", "{}").status(), "one's own");

        WebClient manager = as(DemoUsers.MANAGER);
        long suspended = newInspector("Sid Suspended");
        long item = TriageItems.heldBy(base, suspended);
        assertTrue(waiting(manager, suspended).isEmpty(), "at work: nothing waits");
        assertEquals(200, as(DemoUsers.ADMIN).postJson("/api/v1/staff/accounts/" + suspended + "/suspend", "{}")
                .status());
        JsonObject row = waiting(manager, suspended).get("TRIAGE_ITEM:" + item);
        assertEquals("SUSPENDED", row.getString("ownerStatus"), String.valueOf(row));
        assertEquals(400, manager.get(WAITING + "?team=NOPE").status());
    }

    /** An open assessment has an owner (whoever opened it); a manager gives it to someone, and it waits like the rest. */
    @Test
    void anOpenAssessmentIsOwnedAndWaitsWithItsLeadsOtherWork() {
        WebClient manager = as(DemoUsers.MANAGER);
        long away = newInspector("Ava Assessor");
        long taker = newInspector("Tom Takeover");
        long assessment = Assessments.openFocused(base, EnforcementIT.quietLocation(base, 61), "S2");
        JsonObject opened = manager.get("/api/v1/assessments/" + assessment).json().getJsonObject("summary");
        assertTrue(opened.getString("owner") != null && !opened.getString("owner").isBlank(), opened.toString());

        String toAway = "{\"toStaffId\":" + away + ",\"items\":[{\"kind\":\"ASSESSMENT\",\"id\":" + assessment
                + ",\"version\":" + version(manager, assessment) + "}]}";
        assertEquals(403, as(DemoUsers.INSPECTOR).postJson(WAITING + "/reassign", toAway).status(), "managers only");
        WebClient.Response given = manager.postJson(WAITING + "/reassign", toAway);
        assertEquals(1, given.json().getInt("moved"), given.body());
        assertEquals(201, manager.postJson(ABSENCES, "{\"staffId\":" + away + ",\"startsOn\":\"" + TODAY
                + "\",\"endsOn\":\"" + TODAY.plusDays(3) + "\"}").status());

        Map<String, JsonObject> listed = waiting(manager, away);
        assertEquals(java.util.Set.of("ASSESSMENT:" + assessment), listed.keySet());
        assertTrue(listed.get("ASSESSMENT:" + assessment).getString("path")
                .contains("/staff/assessments/view.xhtml?id=" + assessment));
        WebClient.Response moved = manager.postJson(WAITING + "/reassign", body(taker, listed.values()));
        assertEquals(1, moved.json().getInt("moved"), moved.body());
        assertTrue(waiting(manager, away).isEmpty());
        assertEquals("Tom Takeover", manager.get("/api/v1/assessments/" + assessment).json().getJsonObject("summary")
                .getString("owner"));
        assertTrue(PortalUsers.audit(base, "action=ASSESSMENT_REASSIGNED&entityId=" + assessment)
                .getJsonNumber("total").longValue() >= 2);
    }

    private static int version(WebClient manager, long assessment) {
        return Integer.parseInt(Database.value("select version from assessment where id = ?", assessment));
    }

    private Map<String, JsonObject> waiting(WebClient manager, long owner) {
        WebClient.Response r = manager.get(WAITING + "?ownerId=" + owner + "&perPage=100");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(o -> o.getString("kind") + ":" + o.getJsonNumber("id").longValue(),
                        o -> o));
    }

    private static String body(long to, java.util.Collection<JsonObject> rows) {
        return "{\"toStaffId\":" + to + ",\"items\":[" + rows.stream().map(r -> "{\"kind\":\"" + r.getString("kind")
                + "\",\"id\":" + r.getJsonNumber("id").longValue() + ",\"version\":" + r.getInt("version") + "}")
                .collect(Collectors.joining(",")) + "]}";
    }

    /** Plans an assessment led by the inspector at a location without an open plan. */
    private long planFor(WebClient manager, long inspectorId, LocalDate on) {
        List<String> last = new java.util.ArrayList<>();
        for (JsonValue v : new WebClient(base).get("/api/v1/locations?status=REGISTERED&perPage=100&page=3").json()
                .getJsonArray("items")) {
            WebClient.Response r = manager.postJson("/api/v1/staff/planning/assessments", "{\"locationId\":\""
                    + v.asJsonObject().getString("id") + "\",\"inspectorId\":" + inspectorId + ",\"plannedOn\":\""
                    + on + "\",\"kind\":\"RESPONSIVE\"}");
            if (r.status() == 201) {
                return r.json().getJsonNumber("id").longValue();
            }
            last.add(r.status() + " " + r.body());
        }
        throw new AssertionError("no location without an open plan: " + last.subList(0, Math.min(3, last.size())));
    }
}
