package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.inspectorate.demo.RegisterGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Enforcement notices reach only the provider they are served on: organisation A's administrator tries every
 * portal page and endpoint of a warning notice served on organisation B. Every attempt is refused with 403 or
 * 404 and leaves an ACCESS_REFUSED audit record naming the notice; the staff enforcement screens and API are
 * closed to provider users.
 */
@ExtendWith(ArquillianExtension.class)
class EnforcementIsolationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    record Attempt(String name, String method, String path, String body, boolean page) {
    }

    /** A warning notice served on organisation B, about one of its locations; returns the notice's id. */
    private String noticeOnB() {
        WebClient manager = new WebClient(base).basicAuth(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        String location = RegisterGenerator.locationId(RegisterGenerator.DEMO_CHAIN_SIZE + 4);
        JsonObject c = EnforcementIT.confirm(manager, EnforcementIT.openFinding(new WebClient(base).basicAuth(
                DemoUsers.INSPECTOR, DemoUsers.PASSWORD), location, "Finding I-" + System.nanoTime()), "WARNING_NOTICE", null);
        WebClient.Response served = manager.postJson("/api/v1/staff/enforcement/cases/" + EnforcementIT.id(c)
                + "/actions", "{\"version\":" + EnforcementIT.version(c) + "}");
        assertEquals(200, served.status(), served.body());
        String noticeId = EnforcementIT.lastAction(served.json()).getString("firstNoticeId");
        assertEquals(200, new WebClient(base).basicAuth(DemoUsers.PROVIDER_B, DemoUsers.PASSWORD)
                .get("/api/v1/portal/notices/" + noticeId).status(), "B reaches its own notice");
        return noticeId;
    }

    @Test
    void anotherOrganisationsEnforcementNoticeIsRefusedAndAudited() {
        String n = noticeOnB();
        List<Attempt> attempts = List.of(
                new Attempt("notice page", "GET", "/portal/notices/view.xhtml?id=" + n, null, true),
                new Attempt("notice", "GET", "/api/v1/portal/notices/" + n, null, false),
                new Attempt("notice PDF", "GET", "/api/v1/portal/notices/" + n + "/pdf", null, false),
                new Attempt("representations", "GET", "/api/v1/portal/notices/" + n + "/representations", null, false),
                new Attempt("make representations", "POST", "/api/v1/portal/notices/" + n + "/representations",
                        "{\"text\":\"Not ours to answer\"}", false));
        WebClient pages = PortalUsers.signedIn(base, DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        WebClient api = new WebClient(base).basicAuth(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        List<Executable> checks = new ArrayList<>();
        for (Attempt a : attempts) {
            checks.add(() -> {
                long before = refusals(n);
                WebClient.Response r = a.page() ? pages.get(a.path())
                        : api.send(a.method(), a.path(), a.body() == null ? null : "application/json", a.body());
                assertTrue(r.status() == 403 || r.status() == 404, a.name() + " gave " + r.status() + "\n" + r.body());
                assertTrue(refusals(n) > before, a.name() + ": no ACCESS_REFUSED audit record for notice " + n);
            });
        }
        assertAll(checks);
        assertFalse(api.get("/api/v1/portal/notices?perPage=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).anyMatch(x -> n.equals(String.valueOf(x.getJsonNumber("id")))),
                "A's list does not show B's notice");
    }

    @Test
    void staffEnforcementIsClosedToProviders() {
        WebClient pages = PortalUsers.signedIn(base, DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        for (String path : List.of("/staff/enforcement/index.xhtml", "/staff/enforcement/case.xhtml?id=1",
                "/staff/planning/index.xhtml", "/staff/planning/schedule.xhtml")) {
            int status = pages.get(path).status();
            assertTrue(status == 403 || status == 404 || status == 302, path + " gave " + status);
        }
        WebClient api = new WebClient(base).basicAuth(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        assertEquals(403, api.get("/api/v1/staff/enforcement/cases").status());
        assertEquals(403, api.get("/api/v1/staff/planning/risk").status());
    }

    private long refusals(String id) {
        return PortalUsers.audit(base, "action=ACCESS_REFUSED&person=" + DemoUsers.PROVIDER_A + "&entityId="
                + URLEncoder.encode(id, StandardCharsets.UTF_8)).getJsonNumber("total").longValue();
    }
}
