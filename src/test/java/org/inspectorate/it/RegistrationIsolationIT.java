package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.inspectorate.demo.DemoAccounts;
import org.inspectorate.demo.RegisterGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Registration and notices across organisations: provider A's administrator tries every registration and
 * notice page and endpoint with provider B's application, request and notice ids. Every attempt is refused
 * with 403 or 404 and leaves an ACCESS_REFUSED audit record naming the id.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationIsolationIT {

    static final String APPS = "/api/v1/portal/registration/applications";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    record Attempt(String name, String method, String path, String body, boolean page, String refusedId) {
    }

    record OrganisationB(String location, long application, long request, long notice) {
    }

    static List<Attempt> attempts(OrganisationB b) {
        String app = String.valueOf(b.application());
        String notice = String.valueOf(b.notice());
        String a = APPS + "/" + app;
        return List.of(
                new Attempt("application page", "GET", "/portal/registration/application.xhtml?id=" + app, null, true, app),
                new Attempt("section page", "GET", "/portal/registration/section.xhtml?id=" + app + "&section=provider",
                        null, true, app),
                new Attempt("check answers page", "GET", "/portal/registration/check.xhtml?id=" + app, null, true, app),
                new Attempt("notice page", "GET", "/portal/notices/view.xhtml?id=" + notice, null, true, notice),
                new Attempt("start for another's location", "POST", APPS, "{\"type\":\"ADD_ACTIVITY\",\"locationId\":\""
                        + b.location() + "\"}", false, b.location()),
                new Attempt("invite a manager for another's location", "POST",
                        "/api/v1/portal/registration/manager-invitations", "{\"name\":\"Iso Late\",\"email\":\"iso-"
                        + System.nanoTime() + "@a.example\",\"locationId\":\"" + b.location() + "\"}", false, b.location()),
                new Attempt("read application", "GET", a, null, false, app),
                new Attempt("save section", "PUT", a + "/sections/provider", "{\"providerName\":\"Mine now\"}", false, app),
                new Attempt("add document", "POST", a + "/documents", "{\"kind\":\"OTHER\",\"fileId\":\""
                        + UUID.randomUUID() + "\"}", false, app),
                new Attempt("remove document", "DELETE", a + "/documents/" + UUID.randomUUID(), null, false, app),
                new Attempt("submit", "POST", a + "/submit", "{\"declaration\":true}", false, app),
                new Attempt("withdraw", "POST", a + "/withdraw", null, false, app),
                new Attempt("answer request", "POST", a + "/requests/" + b.request() + "/answer",
                        "{\"answer\":\"Not ours\"}", false, app),
                new Attempt("read notice", "GET", "/api/v1/portal/notices/" + notice, null, false, notice),
                new Attempt("notice PDF", "GET", "/api/v1/portal/notices/" + notice + "/pdf", null, false, notice),
                new Attempt("representations", "GET", "/api/v1/portal/notices/" + notice + "/representations", null,
                        false, notice),
                new Attempt("make representations", "POST", "/api/v1/portal/notices/" + notice + "/representations",
                        "{\"text\":\"Not ours\"}", false, notice));
    }

    @Test
    void everyAttemptOnAnotherOrganisationsIdsIsRefusedAndAudited() {
        OrganisationB b = organisationB();
        WebClient pages = PortalUsers.signedIn(base, DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        WebClient api = new WebClient(base).basicAuth(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        List<Executable> checks = new ArrayList<>();
        for (Attempt a : attempts(b)) {
            checks.add(() -> {
                long before = refusals(a.refusedId());
                WebClient.Response r = a.page() ? pages.get(a.path())
                        : api.send(a.method(), a.path(), a.body() == null ? null : "application/json", a.body());
                assertTrue(r.status() == 403 || r.status() == 404, a.name() + ": " + a.method() + " " + a.path()
                        + " gave " + r.status() + "\n" + r.body());
                assertTrue(refusals(a.refusedId()) > before, a.name() + ": no ACCESS_REFUSED audit record for "
                        + a.refusedId());
            });
        }
        assertAll(checks);
        WebClient.Response own = new WebClient(base).bearer(DemoAccounts.PROVIDER_B_API_KEY)
                .get(APPS + "/" + b.application());
        assertEquals(200, own.status(), "B's application is untouched and still B's");
        assertEquals("PROPOSED", own.json().getString("status"));
    }

    private long refusals(String id) {
        return PortalUsers.audit(base, "action=ACCESS_REFUSED&person=" + DemoUsers.PROVIDER_A + "&entityId="
                + URLEncoder.encode(id, StandardCharsets.UTF_8)).getJsonNumber("total").longValue();
    }

    /** B applies to add an activity; staff validate, assign, ask for information and propose refusal. */
    private OrganisationB organisationB() {
        String location = RegisterGenerator.locationId(RegisterGenerator.DEMO_CHAIN_SIZE);
        WebClient b = new WebClient(base).bearer(DemoAccounts.PROVIDER_B_API_KEY);
        WebClient staff = new WebClient(base).basicAuth(DemoUsers.REGISTRATION, DemoUsers.PASSWORD);
        WebClient.Response started = b.postJson(APPS, "{\"type\":\"REMOVE_ACTIVITY\",\"locationId\":\"" + location + "\"}");
        assertEquals(201, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        String a = APPS + "/" + id;
        assertEquals(200, b.send("PUT", a + "/sections/provider", "application/json", "{\"providerName\":\"B\","
                + "\"providerAddress\":\"2 Road\",\"contactName\":\"Bea\",\"contactEmail\":\"bea@provider-b.example\"}").status());
        WebClient.Response s = b.send("PUT", a + "/sections/activity", "application/json", "{\"locationId\":\""
                + location + "\",\"activity\":\"PERSONAL_CARE\",\"endDate\":\"" + today().plusMonths(1)
                + "\",\"reason\":\"No longer provided\"}");
        assertEquals(200, s.status(), s.body());
        WebClient.Response submitted = b.postJson(a + "/submit", "{\"declaration\":true}");
        assertEquals(200, submitted.status(), submitted.body());
        String staffApp = "/api/v1/staff/registration/applications/" + id;
        assertEquals(200, staff.postJson(staffApp + "/validate", "{}").status());
        long inspector = jakarta.json.Json.createReader(new java.io.StringReader(staff.get("/api/v1/staff/registration/inspectors").body())).readArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(200, staff.postJson(staffApp + "/assign", "{\"inspectorId\":" + inspector + "}").status());
        WebClient.Response asked = staff.postJson(staffApp + "/requests", "{\"question\":\"Who will provide care?\","
                + "\"dueOn\":\"" + today().plusDays(7) + "\"}");
        assertEquals(200, asked.status(), asked.body());
        WebClient.Response proposed = staff.postJson(staffApp + "/propose-refusal", "{\"reasons\":\"Isolation test\"}");
        assertEquals(200, proposed.status(), proposed.body());
        return new OrganisationB(location, id,
                asked.json().getJsonArray("requests").getJsonObject(0).getJsonNumber("id").longValue(),
                proposed.json().getJsonArray("notices").stream().map(jakarta.json.JsonValue::asJsonObject)
                        .filter(n -> n.getString("kind").equals("NOTICE_OF_PROPOSAL")).findFirst().orElseThrow()
                        .getJsonNumber("id").longValue());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
