package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
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
 * Triage escalations lead somewhere. An unexpected death counts as serious on the planning risk view; escalating
 * it to assessment plans a responsive assessment of the location within 14 days, linked to the item and shown on
 * it and on the schedule, waiting for a manager to allocate the inspector; a second escalation brings the same plan
 * forward instead of planning another.
 */
@ExtendWith(ArquillianExtension.class)
class TriageEscalationIT {

    static final String LOCATION = RegisterGenerator.locationId(1);

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
    void anEscalationToAssessmentPlansOneResponsiveAssessmentVisibleOnTheItemAndTheSchedule() {
        JsonObject death = submitAndFind(NotificationType.DEATH_OF_SERVICE_USER);
        JsonObject risk = as(DemoUsers.MANAGER).get("/api/v1/staff/planning/risk/" + LOCATION).json();
        assertTrue(risk.toString().contains("of serious harm or risk in 30 days"),
                "an unexpected death is serious whatever its score: " + risk);

        String ref = decideEscalation(death, "Unexpected death: look at staffing and care plans");
        JsonObject plan = planFor(ref);
        assertEquals("RESPONSIVE", plan.getString("kind"));
        assertTrue(!plan.containsKey("inspectorName") || plan.isNull("inspectorName"), "waits for allocation");
        LocalDate planned = LocalDate.parse(plan.getString("plannedOn"));
        assertTrue(!planned.isAfter(today().plusDays(14)), "responsive: within 14 days, " + planned);

        WebClient browser = new WebClient(base);
        browser.signIn(DemoUsers.INSPECTOR, DemoUsers.PASSWORD);
        String page = browser.get("/staff/triage/item.xhtml?id=" + id(death)).body();
        assertTrue(page.contains("What came of it") && page.contains("Responsive assessment planned for"),
                "the item links to its plan");

        JsonObject second = submitAndFind(NotificationType.ABUSE_OR_ALLEGATION);
        String ref2 = decideEscalation(second, "Assault reported by a relative");
        JsonObject same = planFor(ref);
        assertEquals(plan.getJsonNumber("id").longValue(), same.getJsonNumber("id").longValue());
        assertTrue(same.getString("reasons").contains(ref2), "the open plan says why it was escalated again: "
                + same.getString("reasons"));

        WebClient.Response refused = as(DemoUsers.INSPECTOR).postJson("/api/v1/staff/planning/assessments/"
                + same.getJsonNumber("id") + "/allocate", "{\"version\":" + same.getInt("version")
                + ",\"inspectorId\":" + inspectorId() + "}");
        assertEquals(403, refused.status(), "managers allocate");
        WebClient.Response none = as(DemoUsers.MANAGER).postJson("/api/v1/staff/planning/assessments/"
                + same.getJsonNumber("id") + "/allocate", "{\"version\":" + same.getInt("version") + "}");
        assertEquals(400, none.status(), none.body());
        assertTrue(none.body().contains("\"field\":\"inspectorId\""), none.body());
        WebClient.Response allocated = as(DemoUsers.MANAGER).postJson("/api/v1/staff/planning/assessments/"
                + same.getJsonNumber("id") + "/allocate", "{\"version\":" + same.getInt("version")
                + ",\"inspectorId\":" + inspectorId() + "}");
        assertEquals(200, allocated.status(), allocated.body());
        assertEquals("Ivy Inspector", allocated.json().getString("inspectorName"));
        assertEquals(1, PortalUsers.audit(base, "action=PLANNED_ASSESSMENT_ALLOCATED&entityId=" + LOCATION)
                .getJsonNumber("total").longValue());
    }

    private JsonObject planFor(String triageReference) {
        YearMonth now = YearMonth.from(today());
        for (YearMonth m : List.of(now, now.plusMonths(1))) {
            JsonObject found = as(DemoUsers.MANAGER).get("/api/v1/staff/planning/assessments?month=" + m
                    + "&perPage=100").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .filter(p -> p.getString("locationId").equals(LOCATION) && p.getString("state").equals("PLANNED"))
                    .filter(p -> p.containsKey("triageReference") && !p.isNull("triageReference"))
                    .findFirst().orElse(null);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("No plan escalated from " + triageReference + " at " + LOCATION);
    }

    private String decideEscalation(JsonObject item, String reasons) {
        long id = id(item);
        WebClient inspector = as(DemoUsers.INSPECTOR);
        WebClient.Response claimed = inspector.postJson("/api/v1/staff/triage/" + id + "/claim",
                "{\"version\":" + item.getInt("version") + "}");
        assertEquals(200, claimed.status(), claimed.body());
        WebClient.Response decided = inspector.postJson("/api/v1/staff/triage/" + id + "/outcome", "{\"version\":"
                + claimed.json().getInt("version") + ",\"outcome\":\"ESCALATE_TO_ASSESSMENT\",\"reasons\":\""
                + reasons + "\"}");
        assertEquals(200, decided.status(), decided.body());
        return item.getJsonObject("item").getString("reference");
    }

    private JsonObject submitAndFind(NotificationType type) {
        WebClient.Response r = new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY).postJson(
                "/api/v1/notifications", NotificationJson.valid(type, LOCATION));
        assertEquals(201, r.status(), r.body());
        String ref = r.json().getString("reference");
        JsonObject row = as(DemoUsers.INSPECTOR).get("/api/v1/staff/locations/" + LOCATION + "/timeline?perPage=100")
                .json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("reference").equals(ref)).findFirst().orElseThrow();
        return as(DemoUsers.INSPECTOR).get("/api/v1/staff/triage/" + row.getJsonNumber("id").longValue()).json();
    }

    private static long id(JsonObject item) {
        return item.getJsonObject("item").getJsonNumber("id").longValue();
    }

    private long inspectorId() {
        String body = as(DemoUsers.MANAGER).get("/api/v1/staff/planning/capacity").body();
        return jakarta.json.Json.createReader(new java.io.StringReader(body)).readArray().stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getString("name").equals("Ivy Inspector")).findFirst()
                .orElseThrow().getJsonNumber("staffId").longValue();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
