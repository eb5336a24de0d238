package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Screens offer an action only to people the server lets take it: the page and the service ask the same rule
 * (Caller.isManager, Transition.refusedFor, Stage.managersDecide, RecomputeJob.mayStart), so a button shown is a
 * button that works, and one the server would refuse is not shown.
 */
@ExtendWith(ArquillianExtension.class)
class ControlsByRoleIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final Map<String, WebClient> sessions = new HashMap<>();

    private Document page(String user, String path) {
        WebClient client = sessions.computeIfAbsent(user, u -> {
            WebClient c = new WebClient(base);
            c.signIn(u, DemoUsers.PASSWORD);
            return c;
        });
        WebClient.Response r = client.get(path);
        assertEquals(200, r.status(), user + " GET " + path);
        return Jsoup.parse(r.body());
    }

    private static boolean has(Document page, String id) {
        return page.getElementById(id) != null;
    }

    private WebClient api(String user) {
        return new WebClient(base).basicAuth(user, DemoUsers.PASSWORD);
    }

    @Test
    void onlyManagersAreOfferedToAssignATriageItemToSomeoneElse() {
        long id = TriageItems.fresh(base);
        String path = "/staff/triage/item.xhtml?id=" + id;
        Document inspector = page(DemoUsers.INSPECTOR, path);
        assertFalse(has(inspector, "assign:assignee"), "an inspector cannot assign to others, so is not offered it");
        assertTrue(has(inspector, "claim:go"), "an inspector takes a new item by claiming it");
        assertTrue(has(page(DemoUsers.MANAGER, path), "assign:assignee"));
        WebClient.Response refused = api(DemoUsers.INSPECTOR).postJson("/api/v1/staff/triage/" + id + "/assign",
                "{\"version\":" + api(DemoUsers.MANAGER).get("/api/v1/staff/triage/" + id).json().getInt("version")
                        + ",\"assigneeId\":" + managerId() + "}");
        assertEquals(403, refused.status(), "the server refuses what the page does not offer");
    }

    @Test
    void theAuthorIsNotOfferedTheReviewOfTheirOwnReport() {
        long id = ReportApi.id(ReportApi.open(base, NotificationApiIT.A_LOCATION, 6));
        WebClient author = api(DemoUsers.INSPECTOR);
        assertEquals(200, ReportApi.save(author, id, "SUMMARY", 0, "<p>A caring service.</p>").status());
        assertEquals(200, ReportApi.move(author, id, "SUBMIT_FOR_REVIEW", null).status());
        String path = "/staff/reports/edit.xhtml?id=" + id;

        Document own = page(DemoUsers.INSPECTOR, path);
        assertFalse(has(own, "actions:pass"), "the author may not pass their own review");
        assertFalse(has(own, "actions:return"), "nor return it to themselves");
        assertFalse(has(own, "actions:withdraw"), "withdrawing is for managers");
        assertTrue(has(own, "assign:staffId"), "the owner may pass the report on");

        Document other = page(DemoUsers.REGISTRATION, path);
        assertTrue(has(other, "actions:pass"), "a second person reviews");
        assertFalse(has(other, "assign:staffId"), "someone else's report is reassigned by managers");
        assertFalse(has(other, "assign:takeOver"));

        Document manager = page(DemoUsers.MANAGER, path);
        assertTrue(has(manager, "actions:pass"));
        assertTrue(has(manager, "actions:withdraw"));
        assertTrue(has(manager, "assign:takeOver"));
        assertEquals(409, ReportApi.move(author, id, "PASS_REVIEW", null).status(), "and the server refuses it");
    }

    @Test
    void decisionsAfterTheInitialAssessmentAreOfferedToManagersOnly() {
        WebClient inspector = api(DemoUsers.INSPECTOR);
        JsonObject c = EnforcementIT.openFinding(inspector, EnforcementIT.LOCATION, "Finding C-" + System.nanoTime());
        String path = "/staff/enforcement/case.xhtml?id=" + EnforcementIT.id(c);
        assertTrue(has(page(DemoUsers.INSPECTOR, path), "decide:go"), "anyone on staff decides the first stage");

        c = EnforcementIT.decide(api(DemoUsers.MANAGER), c, "\"decision\":\"ESCALATE\",\"reasons\":\"Risk to people\""
                + EnforcementIT.meeting("DECISION_MAKING_MEETING"));
        assertFalse(has(page(DemoUsers.INSPECTOR, path), "decide:go"), "the legal review is decided by managers");
        assertTrue(has(page(DemoUsers.MANAGER, path), "decide:go"));
        WebClient.Response refused = inspector.postJson("/api/v1/staff/enforcement/cases/" + EnforcementIT.id(c)
                + "/decisions", "{\"version\":" + EnforcementIT.version(c)
                + ",\"decision\":\"BREACH_CONFIRMED\",\"reasons\":\"Evidence\",\"breach\":\"Regulation 12\"}");
        assertEquals(403, refused.status());
    }

    @Test
    void onlyManagersAndAdministratorsAreOfferedARecompute() {
        String path = "/staff/ratings/recompute.xhtml";
        Document inspector = page(DemoUsers.INSPECTOR, path);
        assertFalse(has(inspector, "recompute:start"));
        assertTrue(has(inspector, "managers-only"), "the page says who can start one");
        assertTrue(has(page(DemoUsers.MANAGER, path), "recompute:start"));
        assertTrue(has(page(DemoUsers.ADMIN, path), "recompute:start"));
    }

    @Test
    void theSingleAdministratorWarningIsForAdministratorsWhoCanActOnIt() {
        long administrators = activeAdministrators(DemoUsers.PROVIDER_A);
        Document contributor = page(DemoUsers.PROVIDER_A_CONTRIBUTOR, "/portal/index.xhtml");
        assertEquals(administrators == 0, has(contributor, "single-admin-warning"),
                "a contributor is told only when nobody can manage the team");
        Document admin = page(DemoUsers.PROVIDER_A, "/portal/index.xhtml");
        assertEquals(administrators < 2, has(admin, "single-admin-warning"));
        if (administrators == 1) {
            assertEquals(base.getPath().replaceAll("/$", "") + "/portal/team/index.xhtml",
                    admin.getElementById("make-second-admin").attr("href"), "the warning leads to the team page");
        }
    }

    private long activeAdministrators(String admin) {
        return api(admin).get("/api/v1/portal/users?perPage=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(u -> "PROVIDER_ADMIN".equals(u.getString("role", "")) && "Active".equals(u.getString("status")))
                .count();
    }

    private long managerId() {
        return api(DemoUsers.ADMIN).get("/api/v1/staff/audit?person=" + DemoUsers.MANAGER + "&perPage=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("actorId").longValue();
    }
}
