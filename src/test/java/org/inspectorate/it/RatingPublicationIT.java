package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.inspectorate.demo.RegisterGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ratings come out with the report, as in the regulator's process: approval proposes them, the report's publication
 * publishes them (same transaction), withdrawing the report withdraws them (the previous ratings are current
 * again), reinstating it proposes them again; every step audited and the waiting proposals counted at /metrics.
 */
@ExtendWith(ArquillianExtension.class)
class RatingPublicationIT {

    /** Rated in the demo data, so it has earlier ratings to fall back to; used by no other test. */
    static final String LOCATION = RegisterGenerator.locationId(236);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void ratingsArePublishedWithTheReportAndWithdrawnWithIt() {
        long earlier = publicRating().getJsonNumber("assessmentId").longValue();
        long id = Assessments.openFocused(base, LOCATION, Assessments.ONE_PER_KEY_QUESTION);
        for (String s : Assessments.ONE_PER_KEY_QUESTION) {
            Assessments.score(base, id, s, 1);
        }
        Assessments.submitAndApprove(base, id);

        assertEquals(earlier, publicRating().getJsonNumber("assessmentId").longValue(),
                "until the report is out the public sees the earlier ratings");
        JsonObject proposal = proposal(id);
        assertEquals("PROPOSED", proposal.getString("state"));
        String proposedOverall = proposal.getString("overall");
        assertEquals(5, proposal.getJsonArray("keyQuestions").size());
        assertTrue(new WebClient(base).get("/metrics").body().contains("rating_proposals_waiting"));

        long report = Assessments.publishWithReport(base, id, LOCATION);
        JsonObject published = publicRating();
        assertEquals(id, published.getJsonNumber("assessmentId").longValue());
        assertEquals(proposedOverall, published.getString("overall"));
        assertEquals("REPORT", published.getString("cause"));
        assertEquals("PUBLISHED", proposal(id).getString("state"));
        String publicPage = new WebClient(base).get("/rating.xhtml?id=" + LOCATION).body();
        assertTrue(publicPage.contains("id=\"rating-history\"") && publicPage.contains("/report.xhtml?id="),
                "the public history lists the ratings with their report");

        WebClient manager = Assessments.as(base, DemoUsers.MANAGER);
        WebClient.Response withdrawn = ReportApi.move(manager, report, "WITHDRAW", "Published in error");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        JsonObject back = publicRating();
        assertEquals(earlier, back.getJsonNumber("assessmentId").longValue(), "the previous ratings are current again");
        assertEquals("WITHDRAWAL", back.getString("cause"));
        assertEquals("WITHDRAWN", proposal(id).getString("state"));

        assertEquals(200, ReportApi.move(manager, report, "REINSTATE", "Corrected and to be republished").status());
        assertEquals("PROPOSED", proposal(id).getString("state"), "reinstating the report proposes them again");
        assertEquals(earlier, publicRating().getJsonNumber("assessmentId").longValue());

        String trail = Assessments.as(base, DemoUsers.ADMIN).get("/api/v1/staff/audit?entityType=Location&entityId="
                + LOCATION + "&perPage=50").body();
        for (String action : new String[] {"RATING_PROPOSED", "RATING_PUBLISHED", "RATING_WITHDRAWN"}) {
            assertTrue(trail.contains(action), action + " is audited: " + trail);
        }
    }

    @Test
    void aReportWithdrawnBeforePublicationTakesItsProposalWithItAndProvidersSeeOnlyTheirOwn() {
        String location = RegisterGenerator.locationId(237);
        long id = Assessments.openFocused(base, location, "S1");
        Assessments.score(base, id, "S1", 2);
        Assessments.submitAndApprove(base, id);
        WebClient.Response opened = Assessments.as(base, DemoUsers.INSPECTOR).postJson("/api/v1/staff/reports",
                "{\"locationId\":\"" + location + "\",\"siteVisitEndedOn\":\"" + ReportApi.today().minusDays(3)
                        + "\",\"assessmentId\":" + id + "}");
        assertEquals(201, opened.status(), opened.body());
        long report = ReportApi.id(opened.json());
        assertEquals(200, ReportApi.move(Assessments.as(base, DemoUsers.MANAGER), report, "WITHDRAW",
                "Opened for the wrong visit").status());
        assertEquals("WITHDRAWN", proposal(id).getString("state"));
        assertNotEquals(id, publicRating(location).getJsonNumber("assessmentId").longValue(), "nothing was published");

        assertEquals(404, Assessments.as(base, DemoUsers.PROVIDER_B).get("/api/v1/assessments/" + id
                + "/proposed-ratings").status(), "another organisation's proposal is not found");
        WebClient.Response unknown = Assessments.as(base, DemoUsers.INSPECTOR).get("/api/v1/assessments/999999999"
                + "/proposed-ratings");
        assertEquals(404, unknown.status());
        assertTrue(unknown.header("Content-Type").contains("problem+json"), unknown.body());
    }

    private JsonObject publicRating() {
        return publicRating(LOCATION);
    }

    private JsonObject publicRating(String location) {
        WebClient.Response r = new WebClient(base).get("/api/v1/locations/" + location + "/rating");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private JsonObject proposal(long assessmentId) {
        WebClient.Response r = Assessments.as(base, DemoUsers.INSPECTOR).get("/api/v1/assessments/" + assessmentId
                + "/proposed-ratings");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }
}
