package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;

/** Report API calls the report ITs share. */
final class ReportApi {

    private ReportApi() {
    }

    static WebClient as(URL base, String email) {
        return new WebClient(base).basicAuth(email, DemoUsers.PASSWORD);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    /** Opens a report as the inspector and returns its detail. */
    static JsonObject open(URL base, String location, int daysSinceVisit) {
        WebClient.Response r = as(base, DemoUsers.INSPECTOR).postJson("/api/v1/staff/reports",
                "{\"locationId\":\"" + location + "\",\"siteVisitEndedOn\":\"" + today().minusDays(daysSinceVisit)
                        + "\"}");
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    static long id(JsonObject detail) {
        return detail.getJsonObject("report").getJsonNumber("id").longValue();
    }

    static WebClient.Response save(WebClient who, long id, String section, int base, String html) {
        return who.send("PUT", "/api/v1/staff/reports/" + id + "/sections/" + section, "application/json",
                "{\"baseVersion\":" + base + ",\"html\":" + quote(html) + "}");
    }

    static WebClient.Response move(WebClient who, long id, String transition, String reason) {
        return who.postJson("/api/v1/staff/reports/" + id + "/moves", "{\"transition\":\"" + transition + "\""
                + (reason == null ? "" : ",\"reason\":" + quote(reason)) + "}");
    }

    static String state(WebClient.Response r) {
        return r.json().getJsonObject("report").getString("state");
    }

    /** Opens a report with a summary and takes it to its factual accuracy check (inspector writes, manager passes). */
    static long inFactualAccuracy(URL base, String location) {
        long id = id(open(base, location, 20));
        WebClient inspector = as(base, DemoUsers.INSPECTOR);
        assertEquals(200, save(inspector, id, "SUMMARY", 0, "<p>A good service.</p>").status());
        assertEquals(200, move(inspector, id, "SUBMIT_FOR_REVIEW", null).status());
        WebClient.Response passed = move(as(base, DemoUsers.MANAGER), id, "PASS_REVIEW", null);
        assertEquals(200, passed.status(), passed.body());
        return id;
    }

    static String quote(String s) {
        return jakarta.json.Json.createValue(s).toString();
    }
}
