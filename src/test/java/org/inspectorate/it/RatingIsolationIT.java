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
 * No cross-organisation access to ratings and assessments: the administrator of organisation A tries the portal
 * explanation page, the portal rating API and the assessment API with organisation B's ids (a rated location, its
 * approved assessment and a draft assessment). Every attempt is refused with 403 or 404 and leaves an ACCESS_REFUSED
 * audit record naming the id; the open rating API gives A only the public explanation of B's location, without
 * evidence. A's own draft assessment is not visible to A either.
 */
@ExtendWith(ArquillianExtension.class)
class RatingIsolationIT {

    /** Organisation B's first location: rated in the demo data. */
    static final String B_LOCATION = RegisterGenerator.locationId(RegisterGenerator.DEMO_CHAIN_SIZE);
    static final String B_OTHER = RegisterGenerator.locationId(RegisterGenerator.DEMO_CHAIN_SIZE + 2);
    static final String A_LOCATION = RegisterGenerator.locationId(2);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    record Attempt(String name, String path, boolean page, String refusedId) {
    }

    @Test
    void organisationACannotReachOrganisationBsExplanationsOrAssessments() {
        String approved = String.valueOf(approvedAssessmentOf(B_LOCATION));
        String draft = String.valueOf(Assessments.openFocused(base, B_OTHER, "S3"));
        List<Attempt> attempts = List.of(
                new Attempt("portal explanation page", "/portal/rating.xhtml?id=" + B_LOCATION, true, B_LOCATION),
                new Attempt("portal rating API", "/api/v1/portal/locations/" + B_LOCATION + "/rating", false, B_LOCATION),
                new Attempt("approved assessment", "/api/v1/assessments/" + approved, false, approved),
                new Attempt("draft assessment", "/api/v1/assessments/" + draft, false, draft));
        WebClient pages = PortalUsers.signedIn(base, DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        WebClient api = new WebClient(base).basicAuth(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        List<Executable> checks = new ArrayList<>();
        for (Attempt a : attempts) {
            checks.add(() -> {
                long before = refusals(a.refusedId());
                WebClient.Response r = a.page() ? pages.get(a.path()) : api.get(a.path());
                assertTrue(r.status() == 403 || r.status() == 404, a.name() + ": " + a.path() + " gave " + r.status()
                        + "\n" + r.body());
                assertFalse(r.body().contains("evidence shows"), a.name() + " leaked scores");
                assertTrue(refusals(a.refusedId()) > before, a.name() + ": no ACCESS_REFUSED audit record for "
                        + a.refusedId());
            });
        }
        assertAll(checks);

        JsonObject open = api.get("/api/v1/locations/" + B_LOCATION + "/rating").json();
        assertFalse(open.getBoolean("full"), "another organisation gets only the public explanation");
        assertTrue(open.getJsonArray("keyQuestions").stream().map(JsonValue::asJsonObject)
                .flatMap(k -> k.getJsonArray("statements").stream()).map(JsonValue::asJsonObject)
                .allMatch(s -> s.getJsonArray("evidence").isEmpty()), "no evidence items of B");

        JsonObject own = new WebClient(base).basicAuth(DemoUsers.PROVIDER_B, DemoUsers.PASSWORD)
                .get("/api/v1/portal/locations/" + B_LOCATION + "/rating").json();
        assertTrue(own.getBoolean("full"), "B sees its own full explanation");
        assertEquals(200, new WebClient(base).basicAuth(DemoUsers.PROVIDER_B, DemoUsers.PASSWORD)
                .get("/api/v1/assessments/" + approved).status(), "B reads its own approved assessment");

        long ownDraft = Assessments.openFocused(base, A_LOCATION, "S4");
        assertEquals(404, api.get("/api/v1/assessments/" + ownDraft).status(), "drafts are staff-only");
    }

    private long approvedAssessmentOf(String location) {
        JsonObject page = Assessments.as(base, DemoUsers.INSPECTOR).get("/api/v1/assessments?state=APPROVED&locationId="
                + location).json();
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private long refusals(String id) {
        return PortalUsers.audit(base, "action=ACCESS_REFUSED&person=" + DemoUsers.PROVIDER_A + "&entityId="
                + URLEncoder.encode(id, StandardCharsets.UTF_8)).getJsonNumber("total").longValue();
    }
}
