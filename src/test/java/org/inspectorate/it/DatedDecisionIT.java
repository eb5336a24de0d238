package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.inspectorate.demo.DemoAccounts;
import org.inspectorate.demo.RegisterGenerator;
import org.inspectorate.registry.domain.RegulatedActivity;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Decisions that apply themselves on their date. A regulated activity granted for removal from a later date stays
 * on the register, listed as pending, until that date; when the date comes (the test moves it to today) the job
 * takes it off the register by itself, serves the certificate and audits it once. A refusal not appealed takes
 * effect by itself when its appeal period ends. Granting while a request for information is unanswered needs a
 * manager's reason.
 */
@ExtendWith(ArquillianExtension.class)
class DatedDecisionIT {

    static final String APPS = "/api/v1/portal/registration/applications";
    static final String STAFF = "/api/v1/staff/registration/applications";
    static final String PROVIDER = "{\"providerName\":\"Provider A\",\"providerAddress\":\"1 Road\","
            + "\"contactName\":\"Pat Contact\",\"contactEmail\":\"pat@provider-a.example\"}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebClient providerA() {
        return new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY);
    }

    private WebClient as(String user) {
        return new WebClient(base).basicAuth(user, DemoUsers.PASSWORD);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    @Test
    void aRemovalFromALaterDateStaysOnTheRegisterUntilItsDateAndThenLeavesByItself() {
        String location = RegisterGenerator.locationId(RegisterGenerator.DEMO_CHAIN_SIZE - 1);
        RegulatedActivity activity = lastActivity(location);
        LocalDate from = today().plusDays(30);
        long id = removal(location, activity, from);
        WebClient.Response asked = as(DemoUsers.REGISTRATION).postJson(STAFF + "/" + id + "/requests",
                "{\"question\":\"Where will people go?\",\"dueOn\":\"" + today().plusDays(7) + "\"}");
        assertEquals(200, asked.status(), asked.body());

        WebClient.Response waiting = as(DemoUsers.REGISTRATION).postJson(STAFF + "/" + id + "/grant", "{}");
        assertEquals(400, waiting.status(), waiting.body());
        assertTrue(waiting.body().contains("\"field\":\"overrideReason\"") && waiting.body().contains("unanswered"),
                waiting.body());
        WebClient.Response officer = as(DemoUsers.REGISTRATION).postJson(STAFF + "/" + id + "/grant",
                "{\"overrideReason\":\"Arrangements confirmed by phone\"}");
        assertEquals(400, officer.status(), officer.body());
        assertTrue(officer.body().contains("Only a manager"), officer.body());
        WebClient.Response granted = as(DemoUsers.MANAGER).postJson(STAFF + "/" + id + "/grant",
                "{\"reasons\":\"Arrangements are in place\",\"overrideReason\":\"Arrangements confirmed by phone\"}");
        assertEquals(200, granted.status(), granted.body());
        assertEquals("GRANTED", granted.json().getString("status"));
        assertEquals(List.of("LETTER", "NOTICE_OF_DECISION"), kinds(granted.json()),
                "the certificate waits for the change");

        assertTrue(carries(location, activity), "the activity stays on the register until " + from);
        JsonArray pending = array(as(DemoUsers.INSPECTOR).get("/api/v1/locations/" + location + "/pending-changes"));
        JsonObject change = pending.stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("subjectId").equals(String.valueOf(id))).findFirst()
                .orElseThrow(() -> new AssertionError(pending.toString()));
        assertEquals(from.toString(), change.getString("takesEffectOn"));
        assertEquals("PENDING", change.getString("status"));
        assertEquals(200, providerA().get("/api/v1/locations/" + location + "/pending-changes").status(),
                "the provider sees its own pending changes");
        assertEquals(404, new WebClient(base).bearer(DemoAccounts.PROVIDER_B_API_KEY)
                .get("/api/v1/locations/" + location + "/pending-changes").status(), "another provider does not");
        WebClient browser = new WebClient(base);
        browser.signIn(DemoUsers.INSPECTOR, DemoUsers.PASSWORD);
        String page = browser.get("/staff/location.xhtml?id=" + location).body();
        assertTrue(page.contains("Changes waiting for their date") && page.contains(day(from)),
                "the staff location page lists it with its date");

        long decision = change.getJsonNumber("id").longValue();
        assertEquals(1, Database.update("update dated_decision set takes_effect_on = ? where id = ?", today(),
                decision), "the day comes");
        await(() -> !carries(location, activity), "the job removes the activity on its date");
        assertTrue(carriedOn(location, activity, today().minusDays(1)), "the register's history still has it the day"
                + " before");
        assertFalse(carriedOn(location, activity, today()), "from its date it is gone from the register's history too");
        String past = browser.get("/staff/location.xhtml?id=" + location + "&on=" + today().minusDays(1)).body();
        assertTrue(past.contains("The register on a past date") && past.contains(activity.label()),
                "the staff location page shows the register on a past date");
        assertTrue(array(as(DemoUsers.INSPECTOR).get("/api/v1/locations/" + location + "/pending-changes")).stream().noneMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == decision));
        await(() -> kinds(as(DemoUsers.REGISTRATION).get(STAFF + "/" + id).json()).contains(
                "REGISTRATION_CERTIFICATE"), "the certificate is served on the day");
        assertEquals(1, PortalUsers.audit(base, "action=DATED_DECISION_APPLIED&entityId=" + decision)
                .getJsonNumber("total").longValue(), "applied once, audited");
        assertEquals(1, PortalUsers.audit(base, "action=ACTIVITY_REMOVED&entityId=" + location)
                .getJsonNumber("total").longValue());
    }

    @Test
    void aRefusalNotAppealedTakesEffectByItselfWhenItsAppealPeriodEnds() {
        String location = RegisterGenerator.locationId(RegisterGenerator.DEMO_CHAIN_SIZE - 2);
        RegulatedActivity activity = lastActivity(location);
        long id = removal(location, activity, today().plusDays(60));
        WebClient staff = as(DemoUsers.REGISTRATION);
        WebClient.Response proposed = staff.postJson(STAFF + "/" + id + "/propose-refusal",
                "{\"reasons\":\"People using the service have nowhere to go\"}");
        assertEquals(200, proposed.status(), proposed.body());
        long nop = notice(proposed.json(), "NOTICE_OF_PROPOSAL").getJsonNumber("id").longValue();
        assertEquals(201, providerA().postJson("/api/v1/portal/notices/" + nop + "/representations",
                "{\"text\":\"We have found places for everyone\"}").status());
        WebClient.Response decided = staff.postJson(STAFF + "/" + id + "/decide",
                "{\"reasons\":\"Representations considered\"}");
        assertEquals(200, decided.status(), decided.body());
        JsonObject nod = notice(decided.json(), "NOTICE_OF_DECISION");
        assertEquals(today().plusDays(29).toString(), nod.getString("takesEffectOn"));
        JsonObject change = array(staff.get("/api/v1/locations/" + location + "/pending-changes")).stream().map(JsonValue::asJsonObject).filter(c -> c.getString("subjectId").equals(String.valueOf(id)))
                .findFirst().orElseThrow();
        assertEquals("TAKE_EFFECT", change.getString("action"));

        Database.update("update notice set appeal_due = ?, takes_effect_on = ? where id = ?", today().minusDays(1),
                today(), nod.getJsonNumber("id").longValue());
        Database.update("update dated_decision set takes_effect_on = ? where id = ?", today(),
                change.getJsonNumber("id").longValue());
        await(() -> staff.get(STAFF + "/" + id).json().getString("status").equals("REFUSED"),
                "the refusal takes effect by itself");
        assertTrue(carries(location, activity), "a refused removal leaves the register as it was");
    }

    @Test
    void theRegisterOnADateRefusesLaterDaysAndNonsenseByTheField() {
        String location = RegisterGenerator.locationId(3);
        WebClient.Response later = new WebClient(base).get("/api/v1/locations/" + location + "/register?on="
                + today().plusDays(1));
        assertEquals(400, later.status(), later.body());
        assertTrue(later.body().contains("\"field\":\"on\""), later.body());
        WebClient.Response nonsense = new WebClient(base).get("/api/v1/locations/" + location + "/register?on=31-02-x");
        assertEquals(400, nonsense.status(), nonsense.body());
        assertTrue(nonsense.body().contains("\"field\":\"on\""), nonsense.body());
        assertEquals(404, new WebClient(base).get("/api/v1/locations/1-999999999/register").status());
        JsonObject longAgo = new WebClient(base).get("/api/v1/locations/" + location + "/register?on=1900-01-01")
                .json();
        assertTrue(!longAgo.containsKey("status") || longAgo.isNull("status"), "not yet registered then: " + longAgo);
        JsonObject now = new WebClient(base).get("/api/v1/locations/" + location + "/register").json();
        assertEquals("Registered", now.getString("status"));
        assertEquals(today().toString(), now.getString("on"), "today when no day is given");
        assertEquals(new WebClient(base).get("/api/v1/locations/" + location).json()
                .getJsonArray("regulatedActivities").size(), now.getJsonArray("regulatedActivities").size(),
                "today's history is today's register");

        WebClient browser = new WebClient(base);
        browser.signIn(DemoUsers.INSPECTOR, DemoUsers.PASSWORD);
        String page = browser.get("/staff/location.xhtml?id=" + location + "&on=" + today().plusDays(1)).body();
        assertTrue(page.contains("id=\"register-on-error\"") && page.contains("Enter today or a date in the past"),
                "a later day is refused by the field");
        page = browser.get("/staff/location.xhtml?id=" + location + "&on=31%2F2%2F2020").body();
        assertTrue(page.contains("id=\"register-on-error\"") && page.contains("Enter a real date"), "and nonsense");
    }

    /** Provider A's application to remove the activity from that date: submitted, validated and assigned. */
    private long removal(String location, RegulatedActivity activity, LocalDate from) {
        WebClient.Response r = providerA().postJson(APPS, "{\"type\":\"REMOVE_ACTIVITY\",\"locationId\":\"" + location
                + "\"}");
        assertEquals(201, r.status(), r.body());
        long id = r.json().getJsonNumber("id").longValue();
        put(id, "provider", PROVIDER);
        put(id, "activity", "{\"locationId\":\"" + location + "\",\"activity\":\"" + activity.name()
                + "\",\"endDate\":\"" + from + "\",\"reason\":\"No longer provided\"}");
        WebClient.Response submitted = providerA().postJson(APPS + "/" + id + "/submit", "{\"declaration\":true}");
        assertEquals(200, submitted.status(), submitted.body());
        WebClient staff = as(DemoUsers.REGISTRATION);
        assertEquals(200, staff.postJson(STAFF + "/" + id + "/validate", "{}").status());
        long inspector = jakarta.json.Json.createReader(new java.io.StringReader(
                staff.get("/api/v1/staff/registration/inspectors").body())).readArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, staff.postJson(STAFF + "/" + id + "/assign", "{\"inspectorId\":" + inspector + "}")
                .status());
        return id;
    }

    private void put(long id, String section, String json) {
        WebClient.Response r = providerA().send("PUT", APPS + "/" + id + "/sections/" + section, "application/json",
                json);
        assertEquals(200, r.status(), r.body());
    }

    /** The location's last registered activity (the first is left for other tests). */
    private RegulatedActivity lastActivity(String location) {
        JsonArray activities = new WebClient(base).get("/api/v1/locations/" + location).json()
                .getJsonArray("regulatedActivities");
        assertTrue(activities.size() > 1, "the demo location carries on more than one activity: " + activities);
        String code = activities.getJsonObject(activities.size() - 1).getString("code");
        return java.util.Arrays.stream(RegulatedActivity.values()).filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow();
    }

    private boolean carries(String location, RegulatedActivity activity) {
        return new WebClient(base).get("/api/v1/locations/" + location).json().getJsonArray("regulatedActivities")
                .stream().anyMatch(a -> a.asJsonObject().getString("code").equals(activity.code()));
    }

    private boolean carriedOn(String location, RegulatedActivity activity, LocalDate on) {
        WebClient.Response r = new WebClient(base).get("/api/v1/locations/" + location + "/register?on=" + on);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("regulatedActivities").stream()
                .anyMatch(a -> a.asJsonObject().getString("code").equals(activity.code()));
    }

    private static List<String> kinds(JsonObject application) {
        return application.getJsonArray("notices").stream().map(n -> n.asJsonObject().getString("kind")).toList();
    }

    private static JsonObject notice(JsonObject application, String kind) {
        return application.getJsonArray("notices").stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("kind").equals(kind)).reduce((x, y) -> y).orElseThrow();
    }

    private static String day(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    /** Waits (the job runs every 2 s in tests) for up to 60 s. */
    private static void await(java.util.concurrent.Callable<Boolean> condition, String what) {
        org.awaitility.Awaitility.await(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(condition);
    }

    private static JsonArray array(WebClient.Response r) {
        assertEquals(200, r.status(), r.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readArray();
    }
}
