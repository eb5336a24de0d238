package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.LocalDate;

/** Drives assessments through the staff API for the rating tests. */
final class Assessments {

    static final String[] ONE_PER_KEY_QUESTION = {"S1", "E1", "C1", "R1", "W1"};

    private Assessments() {
    }

    static WebClient as(URL base, String email) {
        return new WebClient(base).basicAuth(email, DemoUsers.PASSWORD);
    }

    static long openFocused(URL base, String locationId, String... statements) {
        StringBuilder list = new StringBuilder();
        for (String s : statements) {
            list.append(list.length() == 0 ? "" : ",").append('"').append(s).append('"');
        }
        WebClient.Response r = as(base, DemoUsers.INSPECTOR).postJson("/api/v1/assessments", "{\"locationId\":\""
                + locationId + "\",\"kind\":\"FOCUSED\",\"statements\":[" + list + "],\"team\":\"A. Inspector\","
                + "\"startsOn\":\"" + LocalDate.now().minusDays(2) + "\",\"endsOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"methodology\":\"SAF-2024-12\"}");
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    static void score(URL base, long id, String statement, int score) {
        WebClient.Response r = as(base, DemoUsers.INSPECTOR).send("PUT", "/api/v1/assessments/" + id + "/scores",
                "application/json", "{\"statementCode\":\"" + statement + "\",\"score\":" + score
                        + ",\"rationale\":\"Seen on the visit\"}");
        assertEquals(204, r.status(), r.body());
    }

    static void evidence(URL base, long id, String statement, String category) {
        WebClient.Response r = as(base, DemoUsers.INSPECTOR).postJson("/api/v1/assessments/" + id + "/evidence",
                "{\"statementCode\":\"" + statement + "\",\"categoryCode\":\"" + category + "\",\"source\":\"Site visit\","
                        + "\"collectedOn\":\"" + LocalDate.now().minusDays(2) + "\",\"summary\":\"Observed " + statement
                        + " in practice\"}");
        assertEquals(201, r.status(), r.body());
    }

    static void submitAndApprove(URL base, long id) {
        WebClient.Response s = as(base, DemoUsers.INSPECTOR).send("POST", "/api/v1/assessments/" + id + "/submit",
                null, null);
        assertEquals(204, s.status(), s.body());
        WebClient.Response a = as(base, DemoUsers.MANAGER).send("POST", "/api/v1/assessments/" + id + "/approve",
                null, null);
        assertEquals(204, a.status(), a.body());
    }

    /**
     * Writes the inspection report for an approved assessment and takes it to publication, which publishes the
     * assessment's proposed ratings. The provider's factual accuracy deadline is moved into the past (as if they did
     * not answer), since most demo locations' providers have no demo user. Returns the report's id.
     */
    static long publishWithReport(URL base, long assessmentId, String locationId) {
        long report = toFactualAccuracy(base, assessmentId, locationId);
        WebClient manager = as(base, DemoUsers.MANAGER);
        Database.update("update report set fac_deadline = current_date - 1 where id = ?", report);
        WebClient.Response finalised = ReportApi.move(manager, report, "FINALISE", null);
        assertEquals(200, finalised.status(), finalised.body());
        WebClient.Response published = ReportApi.move(manager, report, "PUBLISH", null);
        assertEquals("PUBLISHED", ReportApi.state(published), published.body());
        return report;
    }

    /** Approves the assessment and publishes its ratings with a report; returns the report's id. */
    static long approveAndPublish(URL base, long id, String locationId) {
        submitAndApprove(base, id);
        return publishWithReport(base, id, locationId);
    }

    /**
     * Opens the inspection report for an approved assessment (the inspector writes a summary and submits it) and has
     * the manager pass it to the provider's factual accuracy check. Returns the report's id.
     */
    static long toFactualAccuracy(URL base, long assessmentId, String locationId) {
        WebClient inspector = as(base, DemoUsers.INSPECTOR);
        WebClient.Response opened = inspector.postJson("/api/v1/staff/reports", "{\"locationId\":\"" + locationId
                + "\",\"siteVisitEndedOn\":\"" + ReportApi.today().minusDays(3) + "\",\"assessmentId\":"
                + assessmentId + "}");
        assertEquals(201, opened.status(), opened.body());
        long report = ReportApi.id(opened.json());
        assertEquals(200, ReportApi.save(inspector, report, "SUMMARY", 0, "<p>A good service.</p>").status());
        assertEquals(200, ReportApi.move(inspector, report, "SUBMIT_FOR_REVIEW", null).status());
        assertEquals(200, ReportApi.move(as(base, DemoUsers.MANAGER), report, "PASS_REVIEW", null).status());
        return report;
    }
}
