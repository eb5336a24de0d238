package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import org.inspectorate.demo.RegisterGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Assessment to published rating through the API: evidence and scores recorded, invalid scores and missing
 * rationales refused as problem+json naming the field, submission and a manager's approval publish the ratings, the
 * rating API explains them (evidence for staff, not for the public), and a changed score recomputes them with the
 * other scores carried forward.
 */
@ExtendWith(ArquillianExtension.class)
class RatingApiIT {

    /** Unrated in the demo data (every fifth location is), and used by no other test. */
    static final String LOCATION = RegisterGenerator.locationId(204);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void invalidScoresAndMissingRationalesAreRefusedWithAClearMessage() {
        long id = Assessments.openFocused(base, RegisterGenerator.locationId(209), "S1");
        WebClient inspector = Assessments.as(base, DemoUsers.INSPECTOR);
        WebClient.Response five = inspector.send("PUT", "/api/v1/assessments/" + id + "/scores", "application/json",
                "{\"statementCode\":\"S1\",\"score\":5,\"rationale\":\"Too good\"}");
        assertEquals(400, five.status(), five.body());
        assertTrue(five.isProblem(), five.header("Content-Type"));
        assertTrue(five.body().contains("\"field\":\"score\"") && five.body().contains("whole number from 1 to 4"),
                five.body());
        WebClient.Response none = inspector.send("PUT", "/api/v1/assessments/" + id + "/scores", "application/json",
                "{\"statementCode\":\"S1\",\"score\":3,\"rationale\":\"  \"}");
        assertEquals(400, none.status(), none.body());
        assertTrue(none.isProblem());
        assertTrue(none.body().contains("\"field\":\"rationale\"") && none.body().contains("Enter the rationale"),
                none.body());
        WebClient.Response text = inspector.send("PUT", "/api/v1/assessments/" + id + "/scores", "application/json",
                "{\"statementCode\":\"S1\",\"score\":\"good\",\"rationale\":\"x\"}");
        assertEquals(400, text.status(), text.body());
        WebClient.Response outOfScope = inspector.send("PUT", "/api/v1/assessments/" + id + "/scores",
                "application/json", "{\"statementCode\":\"S2\",\"score\":3,\"rationale\":\"x\"}");
        assertEquals(400, outOfScope.status(), outOfScope.body());
        assertTrue(outOfScope.body().contains("not in this focused assessment"), outOfScope.body());
        WebClient.Response approveOwn = Assessments.as(base, DemoUsers.INSPECTOR).send("POST", "/api/v1/assessments/"
                + id + "/approve", null, null);
        assertEquals(403, approveOwn.status(), "an inspector is not a manager");
        assertEquals(0, inspector.get("/api/v1/assessments/" + id).json().getJsonArray("scores").size());
    }

    @Test
    void approvalProposesRatingsTheReportPublishesAndAChangedScoreRecomputesThem() {
        assertEquals(404, new WebClient(base).get("/api/v1/locations/" + LOCATION + "/rating").status());
        long id = Assessments.openFocused(base, LOCATION, Assessments.ONE_PER_KEY_QUESTION);
        Assessments.evidence(base, id, "S1", "OBSERVATION");
        int[] scores = {3, 3, 4, 4, 3};
        for (int i = 0; i < scores.length; i++) {
            Assessments.score(base, id, Assessments.ONE_PER_KEY_QUESTION[i], scores[i]);
        }
        Assessments.submitAndApprove(base, id);

        assertEquals(404, new WebClient(base).get("/api/v1/locations/" + LOCATION + "/rating").status(),
                "approval only proposes the ratings: the public sees nothing before the report");
        JsonObject proposal = Assessments.as(base, DemoUsers.INSPECTOR).get("/api/v1/assessments/" + id
                + "/proposed-ratings").json();
        assertEquals("PROPOSED", proposal.getString("state"));
        assertEquals("OUTSTANDING", proposal.getString("overall"));
        int anonymous = new WebClient(base).get("/api/v1/assessments/" + id + "/proposed-ratings").status();
        assertTrue(anonymous == 401 || anonymous == 403, "the public cannot read proposed ratings: " + anonymous);
        long report = Assessments.publishWithReport(base, id, LOCATION);

        JsonObject rating = new WebClient(base).get("/api/v1/locations/" + LOCATION + "/rating").json();
        assertEquals("OUTSTANDING", rating.getString("overall"));
        assertEquals("REPORT", rating.getString("cause"));
        assertFalse(rating.isNull("reportPublishedAt"), "published with the report, in the same transaction");
        JsonObject published = Assessments.as(base, DemoUsers.INSPECTOR).get("/api/v1/assessments/" + id
                + "/proposed-ratings").json();
        assertEquals("PUBLISHED", published.getString("state"));
        assertEquals(report, published.getJsonNumber("reportId").longValue());
        assertFalse(rating.getBoolean("full"));
        assertEquals("SAF-2024-12", rating.getString("methodologyCode"));
        assertTrue(rating.getJsonArray("overallRules").toString().contains("2 key questions are Outstanding"),
                rating.toString());
        JsonObject safe = kq(rating, "SAFE");
        assertEquals(75, safe.getInt("percent"));
        assertEquals("GOOD", safe.getString("rating"));
        assertTrue(safe.getJsonArray("rules").getString(0).contains("63-87% is Good"), safe.toString());
        JsonObject s1 = safe.getJsonArray("statements").getJsonObject(0);
        assertEquals(3, s1.getInt("score"));
        assertEquals(0, s1.getJsonArray("evidence").size(), "the public does not see evidence items");
        assertTrue(rating.containsKey("oldestEvidence"));

        JsonObject staff = Assessments.as(base, DemoUsers.INSPECTOR).get("/api/v1/locations/" + LOCATION + "/rating")
                .json();
        assertTrue(staff.getBoolean("full"));
        JsonObject evidence = kq(staff, "SAFE").getJsonArray("statements").getJsonObject(0).getJsonArray("evidence")
                .getJsonObject(0);
        assertEquals("Site visit", evidence.getString("source"));
        assertEquals("Observation", evidence.getString("categoryName"));

        long again = Assessments.openFocused(base, LOCATION, "S1");
        Assessments.score(base, again, "S1", 1);
        Assessments.approveAndPublish(base, again, LOCATION);
        JsonObject changed = new WebClient(base).get("/api/v1/locations/" + LOCATION + "/rating").json();
        JsonObject safeNow = kq(changed, "SAFE");
        assertEquals(25, safeNow.getInt("percent"));
        assertEquals("INADEQUATE", safeNow.getString("rating"));
        assertEquals("REQUIRES_IMPROVEMENT", changed.getString("overall"));
        assertTrue(kq(changed, "CARING").getJsonArray("statements").getJsonObject(0).getBoolean("carriedForward"));
        assertEquals(again, changed.getJsonNumber("assessmentId").longValue());
    }

    @Test
    void aBreachLimitsTheRatingsAndAnApprovedOverrideIsShownAsProfessionalJudgement() {
        String location = RegisterGenerator.locationId(214);
        long id = Assessments.openFocused(base, location, Assessments.ONE_PER_KEY_QUESTION);
        for (String s : Assessments.ONE_PER_KEY_QUESTION) {
            Assessments.score(base, id, s, 4);
        }
        WebClient inspector = Assessments.as(base, DemoUsers.INSPECTOR);
        WebClient.Response breach = inspector.postJson("/api/v1/assessments/" + id + "/breaches", "{\"statementCode\":"
                + "\"S1\",\"regulation\":\"Regulation 12: Safe care and treatment\",\"description\":\"Unsafe medicines\"}");
        assertEquals(201, breach.status(), breach.body());
        WebClient.Response noReason = inspector.postJson("/api/v1/assessments/" + id + "/overrides",
                "{\"keyQuestion\":\"OVERALL\",\"rating\":\"GOOD\"}");
        assertEquals(400, noReason.status());
        assertTrue(noReason.body().contains("\"field\":\"reason\""), noReason.body());
        WebClient.Response proposed = inspector.postJson("/api/v1/assessments/" + id + "/overrides",
                "{\"keyQuestion\":\"OVERALL\",\"rating\":\"GOOD\",\"reason\":\"the breach was put right during the visit\"}");
        assertEquals(201, proposed.status(), proposed.body());
        long overrideId = proposed.json().getJsonNumber("id").longValue();
        WebClient.Response own = inspector.send("POST", "/api/v1/assessments/" + id + "/overrides/" + overrideId
                + "/approve", null, null);
        assertEquals(409, own.status(), "the proposer cannot approve their own override");
        assertTrue(own.body().contains("second person"), own.body());
        assertEquals(204, Assessments.as(base, DemoUsers.MANAGER).send("POST", "/api/v1/assessments/" + id
                + "/overrides/" + overrideId + "/approve", null, null).status());
        Assessments.approveAndPublish(base, id, location);

        JsonObject rating = Assessments.as(base, DemoUsers.INSPECTOR).get("/api/v1/locations/" + location + "/rating")
                .json();
        JsonObject safe = kq(rating, "SAFE");
        assertEquals("OUTSTANDING", safe.getString("band"));
        assertEquals("REQUIRES_IMPROVEMENT", safe.getString("rating"));
        assertTrue(safe.getBoolean("limited"));
        assertTrue(rating.getBoolean("overallLimited"));
        assertTrue(rating.getBoolean("overallOverridden"));
        assertEquals("GOOD", rating.getString("overall"));
        String rules = rating.getJsonArray("overallRules").toString();
        assertTrue(rules.contains("cannot be better than Requires improvement"), rules);
        assertTrue(rules.contains("Professional judgement: the overall rating is Good instead of Requires improvement,"
                + " because the breach was put right during the visit"), rules);
        assertTrue(rating.getJsonArray("breaches").toString().contains("Regulation 12"), rating.toString());
    }

    private static JsonObject kq(JsonObject rating, String code) {
        return rating.getJsonArray("keyQuestions").stream().map(JsonValue::asJsonObject)
                .filter(k -> k.getString("code").equals(code)).findFirst().orElseThrow();
    }
}
