package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.inspectorate.demo.RegisterGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A location assessed under the category-score method, then reassessed under score-per-statement: the new
 * score is not called carried forward, its new evidence and its rationale are shown, and the old category rows
 * it was not worked out from are not.
 */
@ExtendWith(ArquillianExtension.class)
class RatingProvenanceIT {

    static final String LOCATION = RegisterGenerator.locationId(221);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aScoreGivenAfterAChangeOfMethodShowsItsOwnEvidenceAndRationale() {
        WebClient inspector = Assessments.as(base, DemoUsers.INSPECTOR);
        long before = open(inspector, "SAF-2023-11", 400, 399);
        categoryScore(inspector, before, "OBSERVATION", 2, "Old observation rationale");
        categoryScore(inspector, before, "PROCESSES", 2, "Old processes rationale");
        Assessments.approveAndPublish(base, before, LOCATION);
        JsonObject older = new WebClient(base).get("/api/v1/locations/" + LOCATION + "/rating").json();
        assertEquals(0, older.getInt("publicRationaleChars"), "SAF-2023-11 publishes no rationale");
        assertTrue(statement(older, "SAFE", "S1").getJsonArray("rationales").isEmpty(), older.toString());

        long after = open(inspector, "SAF-2024-12", 3, 2);
        WebClient.Response e = inspector.postJson("/api/v1/assessments/" + after + "/evidence",
                "{\"statementCode\":\"S1\",\"categoryCode\":\"OBSERVATION\",\"source\":\"Site visit\",\"collectedOn\":\""
                        + LocalDate.now().minusDays(2) + "\",\"summary\":\"New staffing rota observed\"}");
        assertEquals(201, e.status(), e.body());
        WebClient.Response s = inspector.send("PUT", "/api/v1/assessments/" + after + "/scores", "application/json",
                "{\"statementCode\":\"S1\",\"score\":3,\"rationale\":\"Safe staffing seen on every shift. " + LONG
                        + "\"}");
        assertEquals(204, s.status(), s.body());
        Assessments.approveAndPublish(base, after, LOCATION);
        JsonObject open = new WebClient(base).get("/api/v1/locations/" + LOCATION + "/rating").json();
        assertEquals(300, open.getInt("publicRationaleChars"));
        JsonObject publicS1 = statement(open, "SAFE", "S1");
        assertEquals("Safe staffing seen on every shift.", publicS1.getJsonArray("rationales").getJsonObject(0)
                .getString("text"), "the public reads the whole sentences that fit in 300 characters: " + publicS1);
        assertTrue(publicS1.getJsonArray("evidence").isEmpty(), "and no evidence items");

        JsonObject rating = inspector.get("/api/v1/locations/" + LOCATION + "/rating").json();
        JsonObject safe = rating.getJsonArray("keyQuestions").getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("code").equals("SAFE")).findFirst().orElseThrow();
        assertTrue(safe.getBoolean("reassessed"), "Safe was reassessed: " + safe);
        assertFalse(rating.getBoolean("staleEvidence"), "no evidence older than 2 years");
        assertEquals(2, rating.getInt("staleAfterYears"));
        JsonObject s1 = safe.getJsonArray("statements").getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("code").equals("S1")).findFirst().orElseThrow();
        assertEquals(3, s1.getInt("score"));
        assertFalse(s1.getBoolean("carriedForward"), "scored in the new assessment: " + s1);
        assertFalse(s1.getString("rule").contains("Carried forward"), s1.getString("rule"));
        assertTrue(s1.getJsonArray("evidence").toString().contains("New staffing rota observed"), s1.toString());
        assertTrue(s1.getJsonArray("rationales").toString().contains("Safe staffing seen on every shift. " + LONG),
                "staff read the rationale in full: " + s1);
        assertFalse(s1.toString().contains("Old observation rationale"), "rows not used are not shown: " + s1);
        assertTrue(s1.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                .noneMatch(c -> c.getBoolean("carriedForward")), "no stale carried category row beside it: " + s1);
    }

    /** A second sentence that takes the rationale over the 300 characters SAF-2024-12 publishes. */
    private static final String LONG = "The rota for the three weeks before the visit showed the agreed numbers on"
            + " every day and night shift, agency staff had inductions recorded, and the two people"
            + " spoken to about staffing said help came quickly when they called; the registered manager reviewed"
            + " dependency scores weekly and raised numbers when they changed, which records confirmed.";

    @Test
    void aFullAssessmentIsSubmittedOnlyWhenEveryStatementIsRescoredOrCarriedForwardWithAReason() {
        WebClient inspector = Assessments.as(base, DemoUsers.INSPECTOR);
        WebClient.Response r = inspector.postJson("/api/v1/assessments", "{\"locationId\":\""
                + RegisterGenerator.locationId(222) + "\",\"kind\":\"FULL\",\"team\":\"A. Inspector\",\"startsOn\":\""
                + LocalDate.now().minusDays(3) + "\",\"endsOn\":\"" + LocalDate.now().minusDays(1) + "\"}");
        assertEquals(201, r.status(), r.body());
        long id = r.json().getJsonNumber("id").longValue();
        JsonObject detail = inspector.get("/api/v1/assessments/" + id).json();
        assertEquals("SAF-2024-12", detail.getJsonObject("summary").getString("methodologyCode"),
                "the methodology in force on the start date: " + detail.getJsonObject("summary"));
        Assessments.score(base, id, "S1", 3);
        WebClient.Response submit = inspector.send("POST", "/api/v1/assessments/" + id + "/submit", null, null);
        assertEquals(409, submit.status(), submit.body());
        assertTrue(submit.isProblem() && submit.body().contains("are not rescored yet"), submit.body());

        WebClient.Response scored = carry(inspector, id, "S1", "Reviewed last year");
        assertEquals(409, scored.status(), "a statement scored in this assessment is not carried: " + scored.body());
        WebClient.Response noReason = carry(inspector, id, "E1", " ");
        assertEquals(400, noReason.status(), noReason.body());
        assertTrue(noReason.body().contains("\"field\":\"reason\""), noReason.body());
        List<String> others = detail.getJsonArray("statements").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).filter(c -> !c.equals("S1")).toList();
        for (String code : others) {
            WebClient.Response c = carry(inspector, id, code, "No concerns since the last assessment (" + code + ")");
            assertEquals(204, c.status(), c.body());
        }
        Assessments.approveAndPublish(base, id, RegisterGenerator.locationId(222));
        JsonObject approved = inspector.get("/api/v1/assessments/" + id).json();
        assertEquals(1, approved.getInt("reassessed"), "the summary counts are true");
        assertEquals(others.size(), approved.getJsonArray("carriedOnPurpose").size());

        JsonObject staff = inspector.get("/api/v1/locations/" + RegisterGenerator.locationId(222) + "/rating").json();
        JsonObject e1 = statement(staff, "EFFECTIVE", "E1");
        assertTrue(e1.getBoolean("carriedForward"));
        assertEquals("No concerns since the last assessment (E1)", e1.getString("carriedForwardReason"));
        JsonObject s1 = statement(staff, "SAFE", "S1");
        assertTrue(!s1.containsKey("carriedForwardReason") || s1.isNull("carriedForwardReason"), "S1 was rescored");
        JsonObject open = new WebClient(base).get("/api/v1/locations/" + RegisterGenerator.locationId(222) + "/rating")
                .json();
        assertTrue(statement(open, "EFFECTIVE", "E1").getBoolean("carriedForward"));

        long focused = Assessments.openFocused(base, RegisterGenerator.locationId(222), "S1");
        WebClient.Response outside = carry(inspector, focused, "S2", "Not looked at");
        assertEquals(400, outside.status(), "a focused assessment carries every other statement already");
        assertTrue(outside.body().contains("not in this focused assessment"), outside.body());
    }

    private static WebClient.Response carry(WebClient inspector, long id, String statement, String reason) {
        return inspector.send("PUT", "/api/v1/assessments/" + id + "/carried-forward", "application/json",
                "{\"statementCode\":\"" + statement + "\",\"reason\":\"" + reason + "\"}");
    }

    private static JsonObject statement(JsonObject rating, String keyQuestion, String code) {
        return rating.getJsonArray("keyQuestions").getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("code").equals(keyQuestion)).findFirst().orElseThrow()
                .getJsonArray("statements").getValuesAs(JsonObject.class).stream()
                .filter(st -> st.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private long open(WebClient inspector, String methodology, int startedDaysAgo, int endedDaysAgo) {
        WebClient.Response r = inspector.postJson("/api/v1/assessments", "{\"locationId\":\"" + LOCATION
                + "\",\"kind\":\"FOCUSED\",\"statements\":[\"S1\"],\"team\":\"A. Inspector\",\"startsOn\":\""
                + LocalDate.now().minusDays(startedDaysAgo) + "\",\"endsOn\":\"" + LocalDate.now().minusDays(endedDaysAgo)
                + "\",\"methodology\":\"" + methodology + "\"}");
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private static void categoryScore(WebClient inspector, long id, String category, int score, String why) {
        WebClient.Response r = inspector.send("PUT", "/api/v1/assessments/" + id + "/scores", "application/json",
                "{\"statementCode\":\"S1\",\"categoryCode\":\"" + category + "\",\"score\":" + score
                        + ",\"rationale\":\"" + why + "\"}");
        assertEquals(204, r.status(), r.body());
    }
}
