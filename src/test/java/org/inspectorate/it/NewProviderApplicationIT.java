package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A new provider applies without an account: starts from the public API, gets a personal link by email, fills
 * the task list (a refused save keeps what was typed), submits; staff validate, ask for information (answered
 * with the link), grant; the public register then shows the new provider and its first location. A wrong or
 * link is 404, a replaced one 410, both audited; asking for the link again replaces it.
 */
@ExtendWith(ArquillianExtension.class)
class NewProviderApplicationIT {

    static final String STAFF = "/api/v1/staff/registration/applications";
    static final String APP = "/api/v1/applicant/application";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private WebClient staff() {
        return new WebClient(base).basicAuth(DemoUsers.REGISTRATION, DemoUsers.PASSWORD);
    }

    /** A call with the applicant's token in the Applicant-Token header. */
    private WebClient.Response call(String token, String method, String path, String json) throws Exception {
        String b = base.toString().replaceAll("/$", "");
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(b + path)).header("Accept", "application/json");
        if (token != null) {
            r.header("Applicant-Token", token);
        }
        if (json != null) {
            r.header("Content-Type", "application/json");
        }
        HttpResponse<String> res = http.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        return new WebClient.Response(res.statusCode(), res.headers().map(), res.body());
    }

    private String startAndFetchLink(String email, String type) throws Exception {
        WebClient.Response r = new WebClient(base).postJson("/api/v1/applicant/applications", "{\"name\":\"Ann Applicant\","
                + "\"email\":\"" + email + "\",\"providerType\":\"" + type + "\"}");
        assertEquals(202, r.status(), r.body());
        return token(MailSink.await(email, "Your application to register", Duration.ofSeconds(30)));
    }

    private static String token(MailSink.Mail mail) {
        String link = mail.link("/applicant/application.xhtml?token=");
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static List<String> fields(WebClient.Response r) {
        return r.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("field")).toList();
    }

    private long refusals() {
        return PortalUsers.audit(base, "action=ACCESS_REFUSED&entityType=RegistrationApplication")
                .getJsonNumber("total").longValue();
    }

    private static final String PROVIDER = "{\"providerName\":\"Oak Partners Care\",\"providerType\":\"PARTNERSHIP\","
            + "\"addressLine1\":\"1 High Street\",\"townCity\":\"Leeds\",\"postcode\":\"LS1 4AB\","
            + "\"region\":\"YORKSHIRE_AND_THE_HUMBER\",\"localAuthority\":\"Leeds\",\"phone\":\"0113 496 0000\"}";

    @Test
    void aNewPartnershipAppliesWithItsLinkAndIsGrantedOntoTheRegister() throws Exception {
        String email = "ann-" + TestData.freshId() + "@applicant.example";
        String token = startAndFetchLink(email, "PARTNERSHIP");

        JsonObject draft = call(token, "GET", APP, null).json();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("NEW_PROVIDER", draft.getString("type"));
        assertEquals(List.of("provider", "nominated", "partners", "location", "manager", "how", "documents"),
                draft.getJsonArray("tasks").stream().map(t -> t.asJsonObject().getString("key")).toList());

        WebClient.Response bad = call(token, "PUT", APP + "/sections/partners",
                "{\"partner1Name\":\"Pat One\",\"partner1Email\":\"nope\"}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.isProblem());
        assertEquals(List.of("partner1Email", "partner2Name", "partner2Email"), fields(bad));
        JsonObject kept = call(token, "GET", APP, null).json();
        JsonObject partners = kept.getJsonArray("tasks").getJsonObject(2);
        assertEquals("Pat One", partners.getJsonArray("answers").getJsonObject(0).getString("value"),
                "a refused save keeps what was typed");
        assertEquals("IN_PROGRESS", partners.getString("status"));

        WebClient.Response early = call(token, "POST", APP + "/submit", "{\"declaration\":true}");
        assertEquals(400, early.status(), early.body());
        assertTrue(fields(early).containsAll(List.of("provider", "nominated", "partners", "location")));

        assertEquals(200, call(token, "PUT", APP + "/sections/provider", PROVIDER).status());
        assertEquals(200, call(token, "PUT", APP + "/sections/nominated", "{\"givenName\":\"Ann\","
                + "\"familyName\":\"Applicant\",\"email\":\"" + email + "\"}").status());
        assertEquals(200, call(token, "PUT", APP + "/sections/partners", "{\"partner1Name\":\"Pat One\","
                + "\"partner1Email\":\"pat@applicant.example\",\"partner2Name\":\"Sam Two\","
                + "\"partner2Email\":\"sam@applicant.example\"}").status());
        WebClient.Response loc = call(token, "PUT", APP + "/sections/location", "{\"name\":\"Oak House\","
                + "\"locationAddressLine1\":\"2 Park Road\",\"locationTownCity\":\"Leeds\",\"locationPostcode\":\"LS2 7AB\","
                + "\"locationRegion\":\"YORKSHIRE_AND_THE_HUMBER\",\"locationLocalAuthority\":\"Leeds\","
                + "\"serviceType\":\"DOMICILIARY_CARE\",\"activities\":\"PERSONAL_CARE\"}");
        assertEquals(200, loc.status(), loc.body());
        assertEquals(200, call(token, "PUT", APP + "/sections/manager", "{\"managerName\":\"Mo Manager\","
                + "\"managerEmail\":\"mo@applicant.example\"}").status());
        assertEquals(200, call(token, "PUT", APP + "/sections/how", "{\"howSafe\":\"Trained staff\","
                + "\"howWellLed\":\"Clear governance\"}").status());
        new Applicants(base).addRequiredDocuments(token);
        WebClient.Response submitted = call(token, "POST", APP + "/submit", "{\"declaration\":true}");
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", submitted.json().getString("status"));
        long id = submitted.json().getJsonNumber("id").longValue();

        // Staff: exactly the existing workflow.
        JsonObject seen = staff().get(STAFF + "/" + id).json();
        assertEquals("NEW_PROVIDER", seen.getString("type"));
        assertEquals(email, seen.getString("applicantEmail"));
        WebClient officer = new WebClient(base);
        officer.signIn(DemoUsers.REGISTRATION, DemoUsers.PASSWORD);
        WebClient.Response staffPage = officer.get("/staff/registration/application.xhtml?id=" + id);
        assertEquals(200, staffPage.status());
        assertTrue(staffPage.body().contains(email), "staff see who applied");
        assertEquals(200, staff().postJson(STAFF + "/" + id + "/validate", "{}").status());
        MailSink.await(email, "Your application is complete", Duration.ofSeconds(30));
        long inspector = Json.createReader(new StringReader(staff().get("/api/v1/staff/registration/inspectors")
                .body())).readArray().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, staff().postJson(STAFF + "/" + id + "/assign", "{\"inspectorId\":" + inspector + "}")
                .status());
        WebClient.Response asked = staff().postJson(STAFF + "/" + id + "/requests", "{\"question\":\"Send your"
                + " recruitment policy summary\",\"dueOn\":\"" + java.time.LocalDate.now().plusDays(14) + "\"}");
        assertEquals(200, asked.status(), asked.body());
        MailSink.await(email, "We need more information", Duration.ofSeconds(30));
        long request = call(token, "GET", APP, null).json().getJsonArray("requests").getJsonObject(0)
                .getJsonNumber("id").longValue();
        WebClient.Response answered = call(token, "POST", APP + "/requests/" + request + "/answer",
                "{\"answer\":\"Safer recruitment with DBS checks\"}");
        assertEquals(200, answered.status(), answered.body());

        WebClient.Response granted = staff().postJson(STAFF + "/" + id + "/grant", "{\"reasons\":\"Meets the"
                + " requirements\"}");
        assertEquals(200, granted.status(), granted.body());
        JsonObject app = granted.json();
        assertEquals("GRANTED", app.getString("status"));
        String providerId = app.getString("providerId");
        String locationId = app.getString("resultLocationId");
        assertTrue(providerId.matches("1-9\\d{8}"), providerId);
        assertTrue(app.getJsonArray("notices").stream().anyMatch(n -> n.asJsonObject().getString("kind")
                .equals("REGISTRATION_CERTIFICATE")), "the certificate is served on the new provider");

        JsonObject provider = new WebClient(base).get("/api/v1/providers/" + providerId).json();
        assertEquals("Oak Partners Care", provider.getString("name"));
        assertEquals("Partnership", provider.getString("type"));
        assertEquals(2, provider.getJsonArray("partners").size());
        JsonObject location = new WebClient(base).get("/api/v1/locations/" + locationId).json();
        assertEquals("Oak House", location.getString("name"));
        assertEquals(providerId, location.getString("providerId"));
        assertFalse(location.getJsonArray("regulatedActivities").isEmpty());
        String grantMail = MailSink.await(email, "has been granted", Duration.ofSeconds(30)).body();
        assertTrue(grantMail.contains("/portal-access.xhtml"), grantMail);
        assertTrue(grantMail.contains(providerId), grantMail);
        // The register holds the applicant's email for the nominated individual: the first-administrator route works.
        new WebClient(base).submit("/portal-access.xhtml", "claim", java.util.Map.of("providerId", providerId,
                "email", email), "submit");
        MailSink.await(email, "Your invitation to the provider portal", Duration.ofSeconds(30));

        assertEquals(400, call(token, "PUT", APP + "/sections/how", "{\"howSafe\":\"x\"}").status(),
                "a decided application cannot be changed");
    }

    @Test
    void aWrongTokenIsNotFoundAndAuditedAndANewLinkReplacesTheOld() throws Exception {
        String email = "bo-" + TestData.freshId() + "@applicant.example";
        String token = startAndFetchLink(email, "ORGANISATION");
        assertEquals(200, call(token, "GET", APP, null).status());

        long before = refusals();
        assertEquals(404, call("not-a-token", "GET", APP, null).status());
        assertEquals(404, call(null, "PUT", APP + "/sections/how", "{}").status());
        assertTrue(refusals() >= before + 2, "refused links are audited");

        WebClient.Response badStart = new WebClient(base).postJson("/api/v1/applicant/applications",
                "{\"name\":\"\",\"email\":\"nope\",\"providerType\":\"CLUB\"}");
        assertEquals(400, badStart.status());
        assertEquals(List.of("name", "email", "providerType"), fields(badStart));

        WebClient.Response unknown = new WebClient(base).postJson("/api/v1/applicant/links",
                "{\"email\":\"nobody-" + TestData.freshId() + "@applicant.example\"}");
        WebClient.Response again = new WebClient(base).postJson("/api/v1/applicant/links",
                "{\"email\":\"" + email + "\"}");
        assertEquals(202, again.status());
        assertEquals(unknown.body(), again.body(), "the answer does not reveal whether an address applied");
        String fresh = token(MailSink.await(email, "Your application to register", Duration.ofSeconds(30)));
        for (int i = 0; i < 50 && fresh.equals(token); i++) {
            Thread.sleep(100);
            fresh = token(MailSink.await(email, "Your application to register", Duration.ofSeconds(30)));
        }
        assertNotEquals(token, fresh);
        assertEquals(410, call(token, "GET", APP, null).status(), "the old link no longer works: it has expired");
        assertEquals(200, call(fresh, "GET", APP, null).status());

        assertEquals(400, staff().postJson(STAFF + "/" + call(fresh, "GET", APP, null).json().getJsonNumber("id")
                .longValue() + "/validate", "{}").status(), "a draft cannot be validated");
    }

    @Test
    void thePublicPageStartsAnApplicationAndTheLinkOpensItsPages() throws Exception {
        String email = "cy-" + TestData.freshId() + "@applicant.example";
        WebClient web = new WebClient(base);
        assertTrue(web.get("/index.xhtml").body().contains("/apply-to-register.xhtml"), "linked from the home page");
        WebClient.Response refused = web.submit("/apply-to-register.xhtml", "start", java.util.Map.of("name", "",
                "email", email, "providerType", "INDIVIDUAL"), "startButton");
        assertEquals(200, refused.status());
        assertTrue(refused.body().contains("Enter your full name"), "refused by the field");
        WebClient.Response started = web.submit("/apply-to-register.xhtml", "start", java.util.Map.of("name",
                "Cy Applicant", "email", email, "providerType", "INDIVIDUAL"), "startButton");
        assertTrue(started.status() == 200 || started.status() == 302 || started.status() == 303,
                String.valueOf(started.status()));
        String token = token(MailSink.await(email, "Your application to register", Duration.ofSeconds(30)));

        String page = "/applicant/application.xhtml?token=" + token;
        WebClient.Response app = web.get(page);
        assertEquals(200, app.status());
        assertTrue(app.body().contains("section.xhtml?token=" + token + "&amp;section=provider"), app.body());
        assertFalse(app.body().contains("section=partners"), "partners are asked of partnerships only");
        assertEquals(404, web.get("/applicant/application.xhtml?token=wrong").status());
        assertEquals(404, web.get("/applicant/section.xhtml?token=wrong&section=provider").status());

        String section = "/applicant/section.xhtml?token=" + token + "&section=nominated";
        WebClient.Response bad = web.submit(section, "section", java.util.Map.of("givenName", "Cy", "familyName", "",
                "email", "nope"), "save");
        assertEquals(200, bad.status());
        assertTrue(bad.body().contains("Enter family name"), bad.body());
        assertTrue(bad.body().contains("Enter an email address like name@example.com"));
        JsonObject kept = call(token, "GET", APP, null).json();
        assertEquals("Cy", kept.getJsonArray("tasks").getJsonObject(1).getJsonArray("answers").getJsonObject(0)
                .getString("value"), "the refused form's answers are kept on the server");
        web.submit(section, "section", java.util.Map.of("givenName", "Cy", "familyName", "Applicant", "email", email),
                "save");
        assertEquals("COMPLETED", call(token, "GET", APP, null).json().getJsonArray("tasks").getJsonObject(1)
                .getString("status"));
    }
}
