package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.inspectorate.audit.application.AuditQueries;
import org.inspectorate.audit.domain.AuditEvent;
import org.inspectorate.audit.domain.AuditSearch;
import org.inspectorate.demo.DemoAccounts;
import org.inspectorate.demo.RegisterGenerator;
import org.inspectorate.registration.domain.ApplicationType;
import org.inspectorate.registry.application.PartnerRecord;
import org.inspectorate.registry.application.RegisterQueries;
import org.inspectorate.registry.domain.RegulatedActivity;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Granting applications about people changes the register in the decision's transaction: a new registered
 * manager appears in the API and on the public location page (name only); a cancelled one disappears; a partner
 * leaves a partnership. Names not (or no longer) on the register are refused by the field, when the section is
 * saved and again when the grant is made. Client tests go through the API and pages; partner tests run inside
 * the server, since no demo partnership has portal users.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterPeopleIT {

    static final String APPS = "/api/v1/portal/registration/applications";
    static final String STAFF = "/api/v1/staff/registration/applications";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(RegisterPeopleIT.class, RegisterPeopleFixtures.class, WebClient.class,
                WebClient.Response.class, DemoUsers.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    RegisterPeopleFixtures fixtures;

    @Inject
    RegisterQueries register;

    @Inject
    AuditQueries audit;

    private WebClient providerA() {
        return new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY);
    }

    private WebClient staff() {
        return new WebClient(base).basicAuth(DemoUsers.REGISTRATION, DemoUsers.PASSWORD);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private static List<String> fields(WebClient.Response r) {
        return r.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("field")).toList();
    }

    /** A registered location of demo provider A other than those the contributor works at (0 to 2). */
    private String location() {
        return IntStream.range(3, RegisterGenerator.DEMO_CHAIN_SIZE).mapToObj(RegisterGenerator::locationId)
                .filter(id -> new WebClient(base).get("/api/v1/locations/" + id).json().getString("status")
                        .equals("Registered")).findFirst().orElseThrow();
    }

    private List<String> managers(String locationId) {
        return new WebClient(base).get("/api/v1/locations/" + locationId).json().getJsonArray("registeredManagers")
                .stream().map(JsonValue::asJsonObject).map(m -> m.getString("name")).toList();
    }

    private long start(String type, String locationId) {
        WebClient.Response r = providerA().postJson(APPS, "{\"type\":\"" + type + "\",\"locationId\":\"" + locationId
                + "\"}");
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private WebClient.Response put(long id, String section, String json) {
        return providerA().send("PUT", APPS + "/" + id + "/sections/" + section, "application/json", json);
    }

    private void ok(long id, String section, String json) {
        WebClient.Response r = put(id, section, json);
        assertEquals(200, r.status(), r.body());
    }

    private static final String PROVIDER = "{\"providerName\":\"Provider A\",\"providerAddress\":\"1 Road\","
            + "\"contactName\":\"Pat Contact\",\"contactEmail\":\"pat@provider-a.example\"}";

    /** Submitted, validated and assigned: ready for the decision. */
    private void readyToDecide(long id) {
        WebClient.Response submitted = providerA().postJson(APPS + "/" + id + "/submit", "{\"declaration\":true}");
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals(200, staff().postJson(STAFF + "/" + id + "/validate", "{}").status());
        long inspector = jakarta.json.Json.createReader(new java.io.StringReader(
                staff().get("/api/v1/staff/registration/inspectors").body())).readArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, staff().postJson(STAFF + "/" + id + "/assign", "{\"inspectorId\":" + inspector + "}")
                .status());
    }

    private long newManager(String location, String given, String family, RegulatedActivity activity) {
        long id = start("NEW_MANAGER", location);
        ok(id, "provider", PROVIDER);
        ok(id, "manager", "{\"givenName\":\"" + given + "\",\"familyName\":\"" + family + "\",\"email\":\""
                + given.toLowerCase() + "@managers.example\",\"phone\":\"0113 496 0000\"}");
        ok(id, "role", "{\"locationId\":\"" + location + "\",\"activities\":\"" + activity.name() + "\"}");
        ok(id, "fitness", "{\"qualifications\":\"Level 5 diploma\",\"experience\":\"Ten years\","
                + "\"dbsNumber\":\"001234567890\"}");
        readyToDecide(id);
        return id;
    }

    private long cancelManager(String location, String name) {
        long id = start("CANCEL_MANAGER", location);
        ok(id, "provider", PROVIDER);
        ok(id, "manager", "{\"locationId\":\"" + location + "\",\"managerName\":\"" + name + "\",\"endDate\":\""
                + today() + "\",\"reason\":\"Left the service\"}");
        readyToDecide(id);
        return id;
    }

    private RegulatedActivity firstActivity(String location) {
        String code = new WebClient(base).get("/api/v1/locations/" + location).json()
                .getJsonArray("regulatedActivities").getJsonObject(0).getString("code");
        return java.util.Arrays.stream(RegulatedActivity.values()).filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow();
    }

    @Test
    @RunAsClient
    void aNewManagerGrantedIsOnTheRegisterAndTheirCancellationTakesThemOff() {
        String location = location();
        RegulatedActivity activity = firstActivity(location);
        long first = newManager(location, "Morgan", "Quill", activity);
        long again = newManager(location, "Morgan", "Quill", activity);

        WebClient.Response granted = staff().postJson(STAFF + "/" + first + "/grant", "{}");
        assertEquals(200, granted.status(), granted.body());
        JsonObject record = new WebClient(base).get("/api/v1/locations/" + location).json();
        JsonObject morgan = record.getJsonArray("registeredManagers").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("name").equals("Morgan Quill")).findFirst()
                .orElseThrow(() -> new AssertionError(record.toString()));
        assertTrue(!morgan.containsKey("email") || morgan.isNull("email"), "the public register holds no emails");
        assertEquals(List.of(activity.code()), morgan.getJsonArray("activities").getValuesAs(
                jakarta.json.JsonString::getString));
        assertEquals(today().toString(), morgan.getString("registeredOn"));
        String page = new WebClient(base).get("/location.xhtml?id=" + location).body();
        assertTrue(page.contains("Morgan Quill"), "the public location page names the registered manager");
        assertFalse(page.contains("morgan@managers.example"));

        WebClient.Response twice = staff().postJson(STAFF + "/" + again + "/grant", "{}");
        assertEquals(400, twice.status(), twice.body());
        assertEquals(List.of("givenName"), fields(twice), "someone already registered there is not registered twice");

        long cancel = start("CANCEL_MANAGER", location);
        WebClient.Response nobody = put(cancel, "manager", "{\"locationId\":\"" + location + "\",\"managerName\":"
                + "\"Nobody Atall\",\"endDate\":\"" + today() + "\",\"reason\":\"Left\"}");
        assertEquals(400, nobody.status(), nobody.body());
        assertEquals(List.of("managerName"), fields(nobody));
        assertTrue(nobody.body().contains("not a registered manager"), nobody.body());

        WebClient browser = new WebClient(base);
        browser.signIn(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        String form = browser.get("/portal/registration/section.xhtml?id=" + cancel + "&section=manager").body();
        assertTrue(form.contains("<option value=\"Morgan Quill\""), "the form offers the registered managers");

        long cancelFirst = cancelManager(location, "morgan  quill");
        long cancelAgain = cancelManager(location, "Morgan Quill");
        WebClient.Response cancelled = staff().postJson(STAFF + "/" + cancelFirst + "/grant", "{}");
        assertEquals(200, cancelled.status(), cancelled.body());
        assertFalse(managers(location).contains("Morgan Quill"), "a cancelled manager is off the register");
        assertFalse(new WebClient(base).get("/location.xhtml?id=" + location).body().contains("Morgan Quill"));

        WebClient.Response gone = staff().postJson(STAFF + "/" + cancelAgain + "/grant", "{}");
        assertEquals(400, gone.status(), gone.body());
        assertEquals(List.of("managerName"), fields(gone));
        assertEquals("IN_ASSESSMENT", staff().get(STAFF + "/" + cancelAgain).json().getString("status"),
                "a refused grant changes nothing");
    }

    @Test
    @RunAsClient
    void usersLimitedToSomeLocationsSeeOnlyTheirApplications() {
        String elsewhere = location();
        long other = start("CANCEL_MANAGER", elsewhere);
        long own = start("REMOVE_ACTIVITY", RegisterGenerator.locationId(0));
        WebClient contributor = new WebClient(base).basicAuth(DemoUsers.PROVIDER_A_CONTRIBUTOR, DemoUsers.PASSWORD);
        WebClient.Response list = contributor.get(APPS + "?perPage=100");
        assertEquals(200, list.status(), list.body());
        Set<String> mine = Set.of(RegisterGenerator.locationId(0), RegisterGenerator.locationId(1),
                RegisterGenerator.locationId(2));
        List<JsonObject> items = list.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertTrue(items.stream().anyMatch(a -> a.getJsonNumber("id").longValue() == own), list.body());
        assertTrue(items.stream().noneMatch(a -> a.getJsonNumber("id").longValue() == other), list.body());
        assertTrue(items.stream().allMatch(a -> a.isNull("locationId") || mine.contains(a.getString("locationId"))),
                list.body());
        assertEquals(items.size(), list.json().getInt("total"), "the count agrees with the list");
        assertEquals(403, contributor.get(APPS + "/" + other).status());
        assertTrue(providerA().get(APPS + "?perPage=100").json().getInt("total") > items.size(),
                "the organisation's administrators and API clients see every application");
    }

    private List<String> partners(String providerId) {
        return register.publicProvider(providerId).orElseThrow().partners().stream().map(PartnerRecord::name)
                .collect(Collectors.toList());
    }

    @Test
    void aPartnerLeavesThePartnershipOnGrantAndNamesNotOnTheRegisterAreRefused() {
        String provider = fixtures.partnership("Robin Ash", "Sam Birch", "Kim Cedar");
        fixtures.grant(ApplicationType.REMOVE_PARTNER, provider, Map.of("partnerName", " sam birch ",
                "fromDate", today().toString(), "reason", "Retired"));
        assertEquals(List.of("Robin Ash", "Kim Cedar"), partners(provider));
        assertTrue(register.publicProvider(provider).orElseThrow().partners().stream().allMatch(p -> p.email() == null),
                "the public register holds no emails");
        List<AuditEvent> events = audit.list(new AuditSearch(null, "Provider", provider, "PARTNER_REMOVED", null,
                null), new PageRequest(1, 10));
        assertEquals(1, events.size());
        assertTrue(events.get(0).before().contains("Sam Birch"));
        assertFalse(events.get(0).after().contains("Sam Birch"));

        ValidationFailure left = assertThrows(ValidationFailure.class, () -> fixtures.grant(
                ApplicationType.REMOVE_PARTNER, provider, Map.of("partnerName", "Sam Birch", "fromDate",
                        today().toString())));
        assertEquals("partnerName", left.errors().get(0).field());
        assertTrue(left.getMessage().contains("not a partner"), left.getMessage());

        ValidationFailure last = assertThrows(ValidationFailure.class, () -> fixtures.grant(
                ApplicationType.REMOVE_PARTNER, provider, Map.of("partnerName", "Robin Ash", "fromDate",
                        today().toString())));
        assertEquals("partnerName", last.errors().get(0).field());
        assertEquals(List.of("Robin Ash", "Kim Cedar"), partners(provider), "a refused grant changes nothing");

        fixtures.grant(ApplicationType.ADD_PARTNER, provider, Map.of("givenName", "Lee", "familyName", "Dunn",
                "email", "lee@partners.example", "fromDate", today().toString()));
        fixtures.grant(ApplicationType.REMOVE_PARTNER, provider, Map.of("partnerName", "Robin Ash",
                "fromDate", today().toString()));
        assertEquals(List.of("Kim Cedar", "Lee Dunn"), partners(provider));
    }
}
