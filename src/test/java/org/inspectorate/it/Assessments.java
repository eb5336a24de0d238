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
}
