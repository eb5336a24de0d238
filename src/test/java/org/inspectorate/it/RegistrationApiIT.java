package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.inspectorate.demo.DemoAccounts;
import org.inspectorate.demo.RegisterGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registration through the API: a provider applies to add a location and a regulated activity, staff
 * validate, request information (answered in the portal), record an interview and a site visit, and grant;
 * the register shows the change. A refusal runs through proposal, representations, decision and appeal with
 * the legal dates. Bad input is refused field by field and the draft keeps what was sent.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationApiIT {

    static final String A_LOCATION = RegisterGenerator.locationId(2);
    static final String APPS = "/api/v1/portal/registration/applications";
    static final String STAFF = "/api/v1/staff/registration/applications";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebClient providerA() {
        return new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY);
    }

    private WebClient providerB() {
        return new WebClient(base).bearer(DemoAccounts.PROVIDER_B_API_KEY);
    }

    private WebClient staff() {
        return new WebClient(base).basicAuth(DemoUsers.REGISTRATION, DemoUsers.PASSWORD);
    }

    private static List<String> fields(WebClient.Response r) {
        return r.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("field")).toList();
    }

    /** The notice of that kind among an application's notices (a letter confirms validation first). */
    private static JsonObject notice(JsonObject application, String kind) {
        return application.getJsonArray("notices").stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("kind").equals(kind)).reduce((x, y) -> y).orElseThrow();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private long start(String type, String locationId) {
        WebClient.Response r = providerA().postJson(APPS, "{\"type\":\"" + type + "\""
                + (locationId == null ? "" : ",\"locationId\":\"" + locationId + "\"") + "}");
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private WebClient.Response put(long id, String section, String json) {
        return providerA().send("PUT", APPS + "/" + id + "/sections/" + section, "application/json", json);
    }

    private void documents(long id) throws Exception {
        for (String kind : List.of("STATEMENT_OF_PURPOSE", "SAFEGUARDING_POLICY")) {
            String file = FileUploads.upload(base, DemoAccounts.PROVIDER_A_API_KEY, kind.toLowerCase() + ".pdf");
            WebClient.Response r = providerA().postJson(APPS + "/" + id + "/documents",
                    "{\"kind\":\"" + kind + "\",\"fileId\":\"" + file + "\"}");
            assertEquals(204, r.status(), r.body());
        }
    }

    private static final String PROVIDER = "{\"providerName\":\"Provider A\",\"providerAddress\":\"1 Road\","
            + "\"contactName\":\"Pat Contact\",\"contactEmail\":\"pat@provider-a.example\"}";
    private static final String HOW = "{\"howSafe\":\"Trained staff and safe premises\",\"howWellLed\":\"A clear governance structure\"}";

    private long submittedAddActivity(String activity) throws Exception {
        long id = start("ADD_ACTIVITY", A_LOCATION);
        assertEquals(200, put(id, "provider", PROVIDER).status());
        WebClient.Response s = put(id, "activity", "{\"locationId\":\"" + A_LOCATION + "\",\"activity\":\"" + activity
                + "\",\"startDate\":\"" + today().plusMonths(2) + "\",\"managerName\":\"Sam Manager\"}");
        assertEquals(200, s.status(), s.body());
        assertEquals(200, put(id, "how", HOW).status());
        documents(id);
        WebClient.Response submitted = providerA().postJson(APPS + "/" + id + "/submit", "{\"declaration\":true}");
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", submitted.json().getString("status"));
        return id;
    }

    private void validateAndAssign(long id) {
        assertEquals(200, staff().postJson(STAFF + "/" + id + "/validate", "{}").status());
        long inspector = jakarta.json.Json.createReader(new java.io.StringReader(staff().get("/api/v1/staff/registration/inspectors").body())).readArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
        WebClient.Response a = staff().postJson(STAFF + "/" + id + "/assign", "{\"inspectorId\":" + inspector + "}");
        assertEquals(200, a.status(), a.body());
        assertEquals("IN_ASSESSMENT", a.json().getString("status"));
    }

    @Test
    void aCareHomeGivesItsBedsOtherServicesNoneAndAStartIsNotInThePast() {
        long id = start("ADD_LOCATION", null);
        String start = ",\"startDate\":\"" + today().plusMonths(1) + "\"";
        WebClient.Response noBeds = put(id, "services", "{\"activities\":\"ACCOMMODATION_NURSING_PERSONAL_CARE\","
                + "\"serviceType\":\"CARE_HOME_WITH_NURSING\"" + start + "}");
        assertEquals(400, noBeds.status(), noBeds.body());
        assertEquals(List.of("beds"), fields(noBeds));
        assertTrue(noBeds.body().contains("care home service with nursing must say how many"), noBeds.body());
        WebClient.Response bedsAtHome = put(id, "services", "{\"activities\":\"PERSONAL_CARE\","
                + "\"serviceType\":\"DOMICILIARY_CARE\",\"beds\":\"12\"" + start + "}");
        assertEquals(List.of("beds"), fields(bedsAtHome), "only care homes have beds");
        WebClient.Response past = put(id, "services", "{\"activities\":\"ACCOMMODATION_NURSING_PERSONAL_CARE\","
                + "\"serviceType\":\"CARE_HOME_WITH_NURSING\",\"beds\":\"40\",\"startDate\":\""
                + today().minusDays(1) + "\"}");
        assertEquals(400, past.status(), past.body());
        assertEquals(List.of("startDate"), fields(past));
        assertEquals(200, put(id, "services", "{\"activities\":\"ACCOMMODATION_NURSING_PERSONAL_CARE\","
                + "\"serviceType\":\"CARE_HOME_WITH_NURSING\",\"beds\":\"40\",\"startDate\":\"" + today()
                + "\"}").status(), "today is a start");
    }

    @Test
    void addLocationIsRefusedFieldByFieldKeptAsDraftThenGrantedOntoTheRegister() throws Exception {
        long id = start("ADD_LOCATION", null);
        JsonObject draft = providerA().get(APPS + "/" + id).json();
        assertEquals("DRAFT", draft.getString("status"));
        String prefilled = draft.getJsonArray("tasks").getJsonObject(0).getJsonArray("answers").getJsonObject(0)
                .getString("value");
        assertFalse(prefilled.isBlank(), "the provider's name comes from the register");

        WebClient.Response bad = put(id, "location", "{\"name\":\"Cedar View\",\"postcode\":\"nowhere\","
                + "\"region\":\"ATLANTIS\"}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.isProblem());
        assertEquals(List.of("addressLine1", "townCity", "postcode", "region", "localAuthority"), fields(bad));
        JsonObject kept = providerA().get(APPS + "/" + id).json();
        assertEquals("Cedar View", kept.getJsonArray("tasks").getJsonObject(1).getJsonArray("answers")
                .getJsonObject(0).getString("value"), "a refused save keeps what was typed");
        assertEquals("IN_PROGRESS", kept.getJsonArray("tasks").getJsonObject(1).getString("status"));

        WebClient.Response early = providerA().postJson(APPS + "/" + id + "/submit", "{\"declaration\":false}");
        assertEquals(400, early.status());
        assertTrue(fields(early).containsAll(List.of("location", "services", "manager", "how", "documents",
                "declaration")), early.body());

        assertEquals(200, put(id, "provider", PROVIDER).status());
        assertEquals(200, put(id, "location", "{\"name\":\"Cedar View\",\"addressLine1\":\"3 Cedar Road\","
                + "\"townCity\":\"Leeds\",\"postcode\":\"ls2 9jt\",\"region\":\"YORKSHIRE_AND_THE_HUMBER\","
                + "\"localAuthority\":\"Leeds\"}").status());
        assertEquals(200, put(id, "services", "{\"activities\":\"PERSONAL_CARE,NURSING_CARE\",\"serviceType\":"
                + "\"DOMICILIARY_CARE\",\"startDate\":\"" + today().plusMonths(3) + "\"}").status());
        assertEquals(200, put(id, "manager", "{\"managerName\":\"Robin Ash\",\"managerEmail\":\"robin@example.com\"}")
                .status());
        assertEquals(200, put(id, "how", HOW).status());
        documents(id);
        WebClient.Response submitted = providerA().postJson(APPS + "/" + id + "/submit", "{\"declaration\":true}");
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals(400, put(id, "how", HOW).status(), "a submitted application cannot be changed");

        validateAndAssign(id);
        WebClient.Response asked = staff().postJson(STAFF + "/" + id + "/requests",
                "{\"question\":\"Send your staffing rota\",\"dueOn\":\"" + today().plusDays(14) + "\"}");
        assertEquals(200, asked.status(), asked.body());
        long request = asked.json().getJsonArray("requests").getJsonObject(0).getJsonNumber("id").longValue();
        WebClient.Response answered = providerA().postJson(APPS + "/" + id + "/requests/" + request + "/answer",
                "{\"answer\":\"Rota attached: two carers per shift\"}");
        assertEquals(200, answered.status(), answered.body());
        assertTrue(answered.json().getJsonArray("requests").getJsonObject(0).getBoolean("answered"));
        assertEquals(200, staff().postJson(STAFF + "/" + id + "/records", "{\"kind\":\"INTERVIEW\",\"heldOn\":\""
                + today() + "\",\"subject\":\"Robin Ash\",\"satisfactory\":true,\"notes\":\"Fit to manage\"}").status());
        WebClient.Response badRecord = staff().postJson(STAFF + "/" + id + "/records",
                "{\"kind\":\"SITE_VISIT\",\"heldOn\":\"" + today().plusDays(3) + "\",\"subject\":\"\",\"notes\":\"\"}");
        assertEquals(List.of("heldOn", "subject", "notes"), fields(badRecord));

        WebClient.Response granted = staff().postJson(STAFF + "/" + id + "/grant", "{\"reasons\":\"Meets the requirements\"}");
        assertEquals(200, granted.status(), granted.body());
        assertEquals("GRANTED", granted.json().getString("status"));
        String newLocation = granted.json().getString("resultLocationId");
        JsonObject location = new WebClient(base).get("/api/v1/locations/" + newLocation).json();
        assertEquals("Cedar View", location.getString("name"));
        assertEquals(2, location.getJsonArray("regulatedActivities").size());
        assertEquals(RegisterGenerator.providerId(0), location.getString("providerId"));

        List<JsonObject> notices = granted.json().getJsonArray("notices").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("LETTER", "NOTICE_OF_DECISION", "REGISTRATION_CERTIFICATE"),
                notices.stream().map(n -> n.getString("kind")).toList());
        long nod = notices.get(1).getJsonNumber("id").longValue();
        WebClient.Response pdf = providerA().get("/api/v1/portal/notices/" + nod + "/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF"));
        assertEquals(404, providerB().get("/api/v1/portal/notices/" + nod + "/pdf").status());
        assertEquals(404, providerB().get(APPS + "/" + id).status());
    }

    @Test
    void anAdministratorInvitesANewManagerWhoseApplicationIsStartedForThem() {
        WebClient admin = new WebClient(base).basicAuth(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        String email = "manager-" + System.nanoTime() + "@provider-a.example";
        WebClient.Response bad = admin.postJson("/api/v1/portal/registration/manager-invitations",
                "{\"name\":\"\",\"email\":\"nope\",\"locationId\":\"" + A_LOCATION + "\"}");
        assertEquals(400, bad.status(), bad.body());
        assertEquals(List.of("email", "name"), fields(bad));
        WebClient.Response invited = admin.postJson("/api/v1/portal/registration/manager-invitations",
                "{\"name\":\"Morgan Lee\",\"email\":\"" + email + "\",\"locationId\":\"" + A_LOCATION + "\"}");
        assertEquals(201, invited.status(), invited.body());
        assertEquals("NEW_MANAGER", invited.json().getString("type"));
        assertEquals(A_LOCATION, invited.json().getString("locationId"));
        assertEquals(403, providerA().postJson("/api/v1/portal/registration/manager-invitations",
                "{\"name\":\"X Y\",\"email\":\"x@example.com\",\"locationId\":\"" + A_LOCATION + "\"}").status(),
                "only administrators invite");
    }

    @Test
    void theBacklogIsOnTheDashboardAndAtMetrics() throws Exception {
        submittedAddActivity("PERSONAL_CARE");
        WebClient.Response d = staff().get("/api/v1/staff/registration/dashboard");
        assertEquals(200, d.status(), d.body());
        assertEquals(10, d.json().getInt("targetWeeks"));
        assertTrue(d.json().getJsonNumber("open").longValue() >= 1);
        assertTrue(d.json().getJsonArray("oldest").stream().map(JsonValue::asJsonObject)
                .anyMatch(o -> o.getString("status").equals("SUBMITTED")), d.body());
        assertEquals(403, providerA().get("/api/v1/staff/registration/dashboard").status());
        String metrics = new WebClient(base).get("/metrics?scope=application").body();
        assertTrue(metrics.contains("registration_applications{"), metrics.length() > 2000 ? metrics.substring(0, 2000) : metrics);
        assertTrue(metrics.contains("registration_oldest_age_seconds{"));
        assertTrue(metrics.contains("registration_target_days"));
        assertTrue(metrics.contains("notices_overdue"));
    }

    @Test
    void addActivityGrantedShowsOnTheLocation() throws Exception {
        long id = submittedAddActivity("FAMILY_PLANNING");
        WebClient inspector = new WebClient(base).basicAuth(DemoUsers.INSPECTOR, DemoUsers.PASSWORD);
        assertEquals(200, inspector.get(STAFF + "/" + id).status(), "any staff member may read an application");
        assertEquals(403, inspector.postJson(STAFF + "/" + id + "/validate", "{}").status(),
                "only registration officers, managers and administrators act on it");
        validateAndAssign(id);
        assertEquals(200, staff().postJson(STAFF + "/" + id + "/grant", "{}").status());
        JsonObject location = new WebClient(base).get("/api/v1/locations/" + A_LOCATION).json();
        assertTrue(location.getJsonArray("regulatedActivities").stream().map(JsonValue::asJsonObject)
                .anyMatch(a -> a.getString("name").equals("Family planning services")), location.toString());
    }

    @Test
    void aGrantWithConditionsNotAgreedChangesTheRegisterOnlyWhenTheDecisionTakesEffect() throws Exception {
        String registered = new WebClient(base).get("/api/v1/locations/" + A_LOCATION).json()
                .getJsonArray("regulatedActivities").toString();
        org.inspectorate.registry.domain.RegulatedActivity activity = java.util.stream.Stream.of(
                org.inspectorate.registry.domain.RegulatedActivity.TERMINATION_OF_PREGNANCIES,
                org.inspectorate.registry.domain.RegulatedActivity.MATERNITY_AND_MIDWIFERY,
                org.inspectorate.registry.domain.RegulatedActivity.BLOOD_AND_BLOOD_PRODUCTS,
                org.inspectorate.registry.domain.RegulatedActivity.SURGICAL_PROCEDURES,
                org.inspectorate.registry.domain.RegulatedActivity.DIAGNOSTIC_AND_SCREENING)
                .filter(a -> !registered.contains(a.label())).findFirst().orElseThrow();
        long id = submittedAddActivity(activity.name());
        validateAndAssign(id);
        WebClient.Response none = staff().postJson(STAFF + "/" + id + "/propose-conditions", "{\"reasons\":\"Limits\"}");
        assertEquals(List.of("conditions"), fields(none));
        WebClient.Response proposed = staff().postJson(STAFF + "/" + id + "/propose-conditions",
                "{\"reasons\":\"Only for adults\",\"conditions\":\"Only for people aged 18 and over\"}");
        assertEquals(200, proposed.status(), proposed.body());
        long nop = notice(proposed.json(), "NOTICE_OF_PROPOSAL").getJsonNumber("id").longValue();
        assertEquals(201, providerA().postJson("/api/v1/portal/notices/" + nop + "/representations",
                "{\"text\":\"We agree to the condition\"}").status());
        WebClient.Response decided = staff().postJson(STAFF + "/" + id + "/decide", "{\"reasons\":\"Adopted\"}");
        assertEquals(200, decided.status(), decided.body());
        JsonObject before = new WebClient(base).get("/api/v1/locations/" + A_LOCATION).json();
        assertFalse(before.getJsonArray("regulatedActivities").toString().contains(activity.label()),
                "nothing changes on the register while the appeal window runs");
        assertEquals(200, staff().postJson(STAFF + "/" + id + "/appeal", "{\"lodgedOn\":\"" + today() + "\"}").status());
        WebClient.Response withdrawn = staff().postJson(STAFF + "/" + id + "/appeal-outcome",
                "{\"decidedOn\":\"" + today() + "\",\"outcome\":\"WITHDRAWN\"}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("GRANTED", withdrawn.json().getString("status"));
        JsonObject after = new WebClient(base).get("/api/v1/locations/" + A_LOCATION).json();
        assertTrue(after.getJsonArray("regulatedActivities").toString().contains(activity.label()), after.toString());
        assertTrue(after.getJsonArray("conditions").toString().contains("aged 18 and over"), after.toString());
    }

    @Test
    void refusalRunsThroughProposalRepresentationsDecisionAndAppealWithTheirDates() throws Exception {
        long id = submittedAddActivity("SLIMMING_CLINICS");
        validateAndAssign(id);
        WebClient.Response proposed = staff().postJson(STAFF + "/" + id + "/propose-refusal",
                "{\"reasons\":\"No suitably qualified staff\"}");
        assertEquals(200, proposed.status(), proposed.body());
        assertEquals("PROPOSED", proposed.json().getString("status"));
        JsonObject nop = notice(proposed.json(), "NOTICE_OF_PROPOSAL");
        assertEquals(today().toString(), nop.getString("servedOn"));
        assertEquals(today().plusDays(28).toString(), nop.getString("representationsDue"));
        long nopId = nop.getJsonNumber("id").longValue();

        WebClient.Response tooSoon = staff().postJson(STAFF + "/" + id + "/decide", "{\"reasons\":\"Adopted\"}");
        assertEquals(400, tooSoon.status(), "no decision before representations or the end of the 28 days");

        assertEquals(404, providerB().postJson("/api/v1/portal/notices/" + nopId + "/representations",
                "{\"text\":\"Not ours\"}").status());
        WebClient.Response empty = providerA().postJson("/api/v1/portal/notices/" + nopId + "/representations",
                "{\"text\":\" \"}");
        assertEquals(List.of("text"), fields(empty));
        WebClient.Response reps = providerA().postJson("/api/v1/portal/notices/" + nopId + "/representations",
                "{\"text\":\"We have recruited a qualified nurse\"}");
        assertEquals(201, reps.status(), reps.body());

        WebClient.Response refused = staff().postJson(STAFF + "/" + id + "/decide",
                "{\"reasons\":\"Representations considered; the nurse starts after the service\"}");
        assertEquals(200, refused.status(), refused.body());
        assertEquals("DECIDED", refused.json().getString("status"));
        assertEquals("CONCLUDED", notice(refused.json(), "NOTICE_OF_PROPOSAL").getString("status"));
        JsonObject nod = notice(refused.json(), "NOTICE_OF_DECISION");
        assertEquals(today().plusDays(28).toString(), nod.getString("appealDue"));
        assertEquals(today().plusDays(29).toString(), nod.getString("takesEffectOn"));
        assertEquals(400, staff().postJson(STAFF + "/" + id + "/takes-effect", "{}").status(),
                "a refusal does not take effect inside its appeal window");
        assertEquals(400, providerA().postJson("/api/v1/portal/notices/" + nopId + "/representations",
                "{\"text\":\"More\"}").status(), "the proposal is closed");

        WebClient.Response appealed = staff().postJson(STAFF + "/" + id + "/appeal", "{\"lodgedOn\":\"" + today() + "\"}");
        assertEquals(200, appealed.status(), appealed.body());
        assertEquals("APPEALED", appealed.json().getString("status"));
        WebClient.Response dismissed = staff().postJson(STAFF + "/" + id + "/appeal-outcome",
                "{\"decidedOn\":\"" + today() + "\",\"outcome\":\"DISMISSED\"}");
        assertEquals(200, dismissed.status(), dismissed.body());
        assertEquals("REFUSED", dismissed.json().getString("status"));
        JsonObject provNod = providerA().get("/api/v1/portal/notices/" + nod.getJsonNumber("id").longValue()).json();
        assertEquals(today().toString(), provNod.getString("takesEffectOn"));
        assertNotNull(provNod.getString("appealOutcome"));
    }
}
