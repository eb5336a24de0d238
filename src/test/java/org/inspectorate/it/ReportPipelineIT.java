package org.inspectorate.it;

import static org.inspectorate.it.ReportApi.as;
import static org.inspectorate.it.ReportApi.id;
import static org.inspectorate.it.ReportApi.move;
import static org.inspectorate.it.ReportApi.save;
import static org.inspectorate.it.ReportApi.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.inspectorate.demo.DemoAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The report pipeline through the API: drafting keeps every version and refuses conflicting saves with both
 * texts; review needs a second person; the provider comments during factual accuracy, staff respond, and the
 * report is published as HTML and PDF; the board, stuck-work list and metrics tell the truth.
 */
@ExtendWith(ArquillianExtension.class)
class ReportPipelineIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static JsonObject section(JsonObject detail, String key) {
        return detail.getJsonArray("sections").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("key").equals(key)).findFirst().orElseThrow();
    }

    @Test
    void draftingKeepsEveryVersionAndRefusesConflictingSavesWithBothTexts() {
        WebClient inspector = as(base, DemoUsers.INSPECTOR);
        WebClient manager = as(base, DemoUsers.MANAGER);
        WebClient.Response future = inspector.postJson("/api/v1/staff/reports", "{\"locationId\":\""
                + NotificationApiIT.A_LOCATION + "\",\"siteVisitEndedOn\":\"" + ReportApi.today().plusDays(3) + "\"}");
        assertEquals(400, future.status());
        assertEquals("siteVisitEndedOn", future.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, inspector.postJson("/api/v1/staff/reports", "{\"locationId\":\"1-000\",\"siteVisitEndedOn\":"
                + "\"2026-01-01\"}").status());

        JsonObject opened = ReportApi.open(base, NotificationApiIT.A_LOCATION, 5);
        long id = id(opened);
        assertEquals("DRAFT", opened.getJsonObject("report").getString("state"));
        assertEquals(7, opened.getJsonArray("sections").size());

        WebClient.Response v1 = save(inspector, id, "SAFE", 0, "<p>First</p><script>alert(1)</script>");
        assertEquals(200, v1.status(), v1.body());
        assertEquals(1, v1.json().getInt("version"));
        assertEquals(2, save(inspector, id, "SAFE", 1, "<p>Second</p>").json().getInt("version"));

        WebClient.Response leased = save(manager, id, "SAFE", 2, "<p>Managers text</p>");
        assertEquals(409, leased.status(), "the inspector's lease is live");
        assertEquals("LEASED", leased.json().getString("kind"));
        assertTrue(leased.json().getString("currentHtml").contains("Second"));
        assertTrue(leased.json().getString("yourHtml").contains("Managers text"));

        WebClient.Response stale = save(inspector, id, "SAFE", 1, "<p>Stale</p>");
        assertEquals(409, stale.status());
        assertTrue(stale.isProblem());
        assertEquals("STALE", stale.json().getString("kind"));
        assertEquals("<p>Second</p>", stale.json().getString("currentHtml"));
        assertEquals("<p>Stale</p>", stale.json().getString("yourHtml"));

        JsonObject detail = inspector.get("/api/v1/staff/reports/" + id).json();
        assertEquals("<p>Second</p>", section(detail, "SAFE").getString("html"), "nothing overwritten");
        assertEquals(2, inspector.get("/api/v1/staff/reports/" + id + "/sections/SAFE/versions").body()
                .split("\"version\"").length - 1);
        String first = inspector.get("/api/v1/staff/reports/" + id + "/sections/SAFE/versions/1").json()
                .getString("html");
        assertEquals("<p>First</p>", first, "sanitised on the server: " + first);

        WebClient.Response restored = inspector.postJson("/api/v1/staff/reports/" + id + "/sections/SAFE/restore",
                "{\"version\":1,\"baseVersion\":2}");
        assertEquals(200, restored.status(), restored.body());
        assertEquals(3, restored.json().getInt("version"));
        WebClient.Response managers = save(manager, id, "SAFE", 3, "<p>Managers text</p>");
        assertEquals(200, managers.status(), "restoring released the lease: " + managers.body());

        WebClient page = PortalUsers.signedIn(base, DemoUsers.INSPECTOR, DemoUsers.PASSWORD);
        WebClient.Response forged = page.send("PUT", "/api/v1/staff/reports/" + id + "/sections/CARING",
                "application/json", "{\"baseVersion\":0,\"html\":\"<p>x</p>\"}");
        assertEquals(403, forged.status(), "a cookie-authenticated write without X-Requested-With");
        assertEquals(404, save(inspector, id, "NOT_A_SECTION", 0, "<p>x</p>").status());
    }

    @Test
    void aReportIsReviewedCheckedByTheProviderAndPublished() throws Exception {
        MailSink.server();
        WebClient inspector = as(base, DemoUsers.INSPECTOR);
        WebClient manager = as(base, DemoUsers.MANAGER);
        long id = id(ReportApi.open(base, NotificationApiIT.A_LOCATION, 30));
        save(inspector, id, "SUMMARY", 0, "<h2>About the service</h2><p>Care home for 30 people.</p>");
        save(inspector, id, "SAFE", 0, "<p>Medicines were managed safely.</p><ul><li>Staffing good</li></ul>");
        assertEquals("IN_REVIEW", state(move(inspector, id, "SUBMIT_FOR_REVIEW", null)));
        WebClient.Response own = move(inspector, id, "PASS_REVIEW", null);
        assertEquals(409, own.status(), "the author cannot pass their own report");
        assertEquals(400, move(manager, id, "RETURN_TO_AUTHOR", " ").status(), "returning needs a reason");
        assertEquals("RETURNED", state(move(manager, id, "RETURN_TO_AUTHOR", "Say how many staff were on duty")));
        assertEquals(200, save(inspector, id, "SAFE", 1, "<p>Medicines were managed safely. Six staff on duty.</p>")
                .status());
        move(inspector, id, "SUBMIT_FOR_REVIEW", null);
        WebClient.Response passed = move(manager, id, "PASS_REVIEW", null);
        assertEquals("FACTUAL_ACCURACY", state(passed), passed.body());
        String deadline = passed.json().getJsonObject("report").getString("facDeadline");
        assertEquals(409, save(inspector, id, "SAFE", 2, "<p>Changed</p>").status(), "frozen during the check");

        MailSink.Mail mail = MailSink.await(DemoUsers.PROVIDER_A, "Draft inspection report", Duration.ofSeconds(30));
        assertTrue(mail.body().contains("/portal/reports/view.xhtml?id=" + id), mail.body());
        assertTrue(mail.body().contains("10 working days"));

        WebClient provider = as(base, DemoUsers.PROVIDER_A);
        JsonObject draft = provider.get("/api/v1/portal/reports/" + id).json();
        assertEquals(deadline, draft.getJsonObject("report").getString("facDeadline"));
        assertTrue(section(draft, "SAFE").getString("html").contains("Six staff"));
        String evidence = FileUploads.upload(base, DemoAccounts.PROVIDER_A_API_KEY, "rota.pdf");
        String longText = "The rota shows seven staff on duty, not six. ".repeat(200);
        WebClient.Response commented = provider.postJson("/api/v1/portal/reports/" + id + "/comments",
                "{\"section\":\"SAFE\",\"correctionType\":\"FACTUAL_INACCURACY\",\"text\":\"" + longText
                        + "\",\"evidence\":[\"" + evidence + "\"]}");
        assertEquals(201, commented.status(), commented.body());
        long commentId = commented.json().getJsonNumber("id").longValue();
        assertEquals(400, provider.postJson("/api/v1/portal/reports/" + id + "/comments",
                "{\"section\":\"SAFE\",\"text\":\"  \"}").status());
        assertEquals(400, provider.postJson("/api/v1/portal/reports/" + id + "/comments",
                "{\"section\":\"NOWHERE\",\"text\":\"x\"}").status());
        assertEquals(409, move(manager, id, "FINALISE", null).status(), "the provider has not responded");
        assertEquals(200, provider.postJson("/api/v1/portal/reports/" + id + "/response", "{}").status());
        assertEquals(409, provider.postJson("/api/v1/portal/reports/" + id + "/comments",
                "{\"section\":\"SAFE\",\"text\":\"late\"}").status());
        assertEquals(409, move(manager, id, "FINALISE", null).status(), "a comment has no response");
        assertEquals(400, manager.postJson("/api/v1/staff/reports/" + id + "/comments/" + commentId + "/response",
                "{\"accepted\":true}").status(), "a response needs its reason");
        WebClient.Response answered = manager.postJson("/api/v1/staff/reports/" + id + "/comments/" + commentId
                + "/response", "{\"accepted\":true,\"reason\":\"The rota confirms seven staff\"}");
        assertEquals(200, answered.status(), answered.body());
        assertEquals("FINAL", state(move(manager, id, "FINALISE", null)));
        WebClient.Response published = move(manager, id, "PUBLISH", null);
        assertEquals("PUBLISHED", state(published), published.body());

        String list = new WebClient(base).get("/api/v1/reports/locations/" + NotificationApiIT.A_LOCATION).body();
        assertTrue(list.contains("\"reportId\":" + id), list);
        long publicationId = jakarta.json.Json.createReader(new java.io.StringReader(list)).readArray().stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getJsonNumber("reportId").longValue() == id).findFirst()
                .orElseThrow().getJsonNumber("publicationId").longValue();
        WebClient.Response pdf = new WebClient(base).get("/api/v1/reports/" + publicationId + "/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.header("Content-Type").startsWith("application/pdf"));
        assertTrue(pdf.body().startsWith("%PDF"));
        WebClient.Response html = new WebClient(base).get("/report.xhtml?id=" + publicationId);
        assertEquals(200, html.status());
        assertTrue(html.body().contains("Six staff on duty") && !html.body().contains("<script>alert"), html.body());

        assertTrue(MailSink.await(DemoUsers.PROVIDER_A, "published", Duration.ofSeconds(30)).body()
                .contains("/report.xhtml?id=" + publicationId));

        String trail = as(base, DemoUsers.ADMIN).get("/api/v1/staff/audit?entityType=Report&entityId=" + id
                + "&perPage=100").body();
        for (String action : List.of("REPORT_OPENED", "REPORT_SECTION_SAVED", "REPORT_SUBMIT_FOR_REVIEW",
                "REPORT_RETURN_TO_AUTHOR", "REPORT_PASS_REVIEW", "REPORT_FAC_COMMENTED", "REPORT_FAC_RESPONDED",
                "REPORT_FAC_COMMENT_ANSWERED", "REPORT_FINALISE", "REPORT_PUBLISH")) {
            assertTrue(trail.contains(action), action + " in " + trail);
        }
        String moves = manager.get("/api/v1/staff/reports/" + id).json().getJsonArray("moves").toString();
        assertTrue(moves.contains("Say how many staff were on duty"), moves);
        assertEquals(409, move(manager, id, "PUBLISH", null).status(), "published once");
        assertEquals(403, move(inspector, id, "WITHDRAW", "Wrong location").status(), "managers withdraw");
        assertEquals("WITHDRAWN", state(move(manager, id, "WITHDRAW", "Published against the wrong location")));
        assertFalse(new WebClient(base).get("/api/v1/reports/locations/" + NotificationApiIT.A_LOCATION).body()
                .contains("\"reportId\":" + id), "a withdrawn report leaves the public page");
    }

    @Test
    void theBoardStuckListAndMetricsShowTruthfulAges() {
        WebClient manager = as(base, DemoUsers.MANAGER);
        long late = id(ReportApi.open(base, NotificationApiIT.A_LOCATION, 60));
        JsonObject row = find(manager, "/api/v1/staff/reports?state=DRAFT&perPage=100", late);
        assertEquals(60, row.getInt("daysSinceVisit"));
        assertEquals(0, row.getInt("daysInState"));
        assertTrue(row.getBoolean("pastTarget"));
        assertEquals(400, manager.get("/api/v1/staff/reports?state=LOST").status());

        String stuck = manager.get("/api/v1/staff/reports/stuck?perPage=100").body();
        assertTrue(stuck.contains("\"id\":" + late), stuck);
        assertTrue(stuck.contains("PAST_TARGET"));

        WebClient inspector = as(base, DemoUsers.INSPECTOR);
        WebClient.Response taken = manager.postJson("/api/v1/staff/reports/" + late + "/take-over", "{}");
        assertEquals(200, taken.status(), taken.body());
        assertEquals("Maya Manager", taken.json().getJsonObject("report").getString("ownerName"));
        assertEquals(403, inspector.postJson("/api/v1/staff/reports/" + late + "/take-over", "{}").status());

        long drafts = manager.get("/api/v1/staff/reports?state=DRAFT&perPage=1").json().getJsonNumber("total")
                .longValue();
        sleepPastMetricsCache();
        String metrics = new WebClient(base).get("/metrics").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("report_state_count\\{[^}]*state=\"DRAFT\"[^}]*\\} ([0-9.]+)")
                .matcher(metrics);
        assertTrue(m.find(), metrics);
        assertEquals(drafts, (long) Double.parseDouble(m.group(1)), "the metric counts what the board shows");
        assertTrue(metrics.contains("report_state_count"), metrics);
        assertTrue(metrics.contains("report_state_oldest_age_seconds"));
        assertTrue(metrics.contains("report_published_within_target_ratio"));
    }

    private static void sleepPastMetricsCache() {
        try {
            Thread.sleep(5_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonObject find(WebClient who, String path, long id) {
        JsonObject page = who.get(path).json();
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("report " + id + " not on " + path));
    }
}
