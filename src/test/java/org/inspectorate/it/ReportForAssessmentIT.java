package org.inspectorate.it;

import static org.inspectorate.it.ReportApi.as;
import static org.inspectorate.it.ReportApi.move;
import static org.inspectorate.it.ReportApi.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import org.inspectorate.demo.RegisterGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A report written for an assessment: only that location's assessments, and its publication dates the ratings. */
@ExtendWith(ArquillianExtension.class)
class ReportForAssessmentIT {

    static final String LOCATION = RegisterGenerator.locationId(5);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aReportForAnAssessmentIsPublishedWithItsRatings() {
        long assessment = Assessments.openFocused(base, LOCATION, Assessments.ONE_PER_KEY_QUESTION);
        for (String statement : Assessments.ONE_PER_KEY_QUESTION) {
            Assessments.score(base, assessment, statement, 3);
        }
        Assessments.submitAndApprove(base, assessment);

        WebClient inspector = as(base, DemoUsers.INSPECTOR);
        WebClient.Response elsewhere = inspector.postJson("/api/v1/staff/reports", "{\"locationId\":\""
                + RegisterGenerator.locationId(7) + "\",\"siteVisitEndedOn\":\"" + ReportApi.today().minusDays(3)
                + "\",\"assessmentId\":" + assessment + "}");
        assertEquals(400, elsewhere.status(), elsewhere.body());
        assertTrue(elsewhere.body().contains("assessmentId"), elsewhere.body());

        WebClient.Response opened = inspector.postJson("/api/v1/staff/reports", "{\"locationId\":\"" + LOCATION
                + "\",\"siteVisitEndedOn\":\"" + ReportApi.today().minusDays(3) + "\",\"assessmentId\":" + assessment
                + "}");
        assertEquals(201, opened.status(), opened.body());
        long id = ReportApi.id(opened.json());
        assertEquals(assessment, opened.json().getJsonObject("report").getJsonNumber("assessmentId").longValue());

        assertEquals(200, save(inspector, id, "SUMMARY", 0, "<p>A good service.</p>").status());
        assertEquals(200, move(inspector, id, "SUBMIT_FOR_REVIEW", null).status());
        WebClient manager = as(base, DemoUsers.MANAGER);
        assertEquals(200, move(manager, id, "PASS_REVIEW", null).status());
        assertEquals(200, as(base, DemoUsers.PROVIDER_A).postJson("/api/v1/portal/reports/" + id + "/response",
                "{\"noInaccuracies\":true}").status());
        assertEquals(200, move(manager, id, "FINALISE", null).status());
        assertEquals("PUBLISHED", ReportApi.state(move(manager, id, "PUBLISH", null)));

        // published in the report's own transaction: there as soon as PUBLISH answers
        JsonObject rating = new WebClient(base).get("/api/v1/locations/" + LOCATION + "/rating").json();
        assertTrue(hasReportDate(rating), "the ratings carry the report's publication: " + rating);

        long publication = Json.createReader(new StringReader(new WebClient(base).get("/api/v1/reports/locations/"
                + LOCATION).body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("reportId").longValue() == id).findFirst().orElseThrow()
                .getJsonNumber("publicationId").longValue();
        String published = new WebClient(base).get("/report.xhtml?id=" + publication).body();
        assertTrue(published.contains("id=\"ratings\"") && published.contains("How these ratings were worked out")
                && published.contains("/rating.xhtml?id=" + LOCATION), "the report carries its ratings");
        assertTrue(published.contains(rating.getString("overallLabel")), "with the overall rating");
        WebClient staff = PortalUsers.signedIn(base, DemoUsers.INSPECTOR, DemoUsers.PASSWORD);
        assertTrue(staff.get("/staff/reports/edit.xhtml?id=" + id).body().contains("/report.xhtml?id=" + publication),
                "the staff report page links to the published report");
    }

    private static boolean hasReportDate(JsonObject rating) {
        return rating.containsKey("reportPublishedAt") && !rating.isNull("reportPublishedAt");
    }
}
