package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Provider A's administrator tries every report page and endpoint of the portal with provider B's report
 * (in its factual accuracy check) and with a draft of A's own that has not been sent: every attempt is refused
 * with 403 or 404 and leaves an ACCESS_REFUSED audit record naming the report.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIsolationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    record Attempt(String name, String method, String path, String body, boolean page, String refusedId) {
    }

    static List<Attempt> attempts(String id) {
        return List.of(
                new Attempt("report page", "GET", "/portal/reports/view.xhtml?id=" + id, null, true, id),
                new Attempt("read", "GET", "/api/v1/portal/reports/" + id, null, false, id),
                new Attempt("comment", "POST", "/api/v1/portal/reports/" + id + "/comments",
                        "{\"section\":\"SAFE\",\"text\":\"Not ours\"}", false, id),
                new Attempt("respond", "POST", "/api/v1/portal/reports/" + id + "/response",
                        "{\"noInaccuracies\":true}", false, id));
    }

    @Test
    void anotherOrganisationsReportsAndUnsentDraftsAreRefusedAndAudited() {
        String bReport = String.valueOf(ReportApi.inFactualAccuracy(base,
                RegisterGenerator.locationId(RegisterGenerator.DEMO_CHAIN_SIZE)));
        String unsent = String.valueOf(ReportApi.id(ReportApi.open(base, NotificationApiIT.A_LOCATION, 3)));
        WebClient pages = PortalUsers.signedIn(base, DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        WebClient api = new WebClient(base).basicAuth(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        List<Executable> checks = new ArrayList<>();
        for (String id : List.of(bReport, unsent)) {
            for (Attempt a : attempts(id)) {
                checks.add(() -> {
                    long before = refusals(a.refusedId());
                    WebClient.Response r = a.page() ? pages.get(a.path())
                            : api.send(a.method(), a.path(), a.body() == null ? null : "application/json", a.body());
                    assertTrue(r.status() == 403 || r.status() == 404, a.name() + ": " + a.method() + " " + a.path()
                            + " gave " + r.status() + "\n" + r.body());
                    assertTrue(refusals(a.refusedId()) > before, a.name() + ": no ACCESS_REFUSED for " + a.refusedId());
                });
            }
        }
        assertAll(checks);
        assertTrue(!api.get("/api/v1/portal/reports?perPage=100").body().contains("\"id\":" + bReport),
                "B's report is not in A's list");
        assertEquals(200, new WebClient(base).basicAuth(DemoUsers.PROVIDER_B, DemoUsers.PASSWORD)
                .get("/api/v1/portal/reports/" + bReport).status(), "B sees its own report");
    }

    private long refusals(String id) {
        return PortalUsers.audit(base, "action=ACCESS_REFUSED&person=" + DemoUsers.PROVIDER_A + "&entityId="
                + URLEncoder.encode(id, StandardCharsets.UTF_8)).getJsonNumber("total").longValue();
    }
}
