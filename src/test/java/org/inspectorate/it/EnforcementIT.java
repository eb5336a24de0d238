package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.inspectorate.demo.DemoAccounts;
import org.inspectorate.demo.RegisterGenerator;
import org.inspectorate.notification.domain.NotificationType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Enforcement through the staff API: cases opened from triage, an assessment finding or directly; the four
 * stages of the decision tree with their decisions, reasons and meetings; who may decide what; the warning
 * notice and the Notice of Proposal and Decision with their clocks; the register changing when the decision
 * takes effect; the board and /metrics; every step audited.
 */
@ExtendWith(ArquillianExtension.class)
class EnforcementIT {

    static final String LOCATION = RegisterGenerator.locationId(2);
    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebClient as(String email) {
        return new WebClient(base).basicAuth(email, DemoUsers.PASSWORD);
    }

    static String meeting(String kind) {
        return ",\"meetingKind\":\"" + kind + "\",\"meetingDate\":\"" + TODAY + "\",\"attendees\":\"Maya, legal\"";
    }

    /** Opens a case from an assessment finding and returns it. */
    static JsonObject openFinding(WebClient inspector, String location, String finding) {
        WebClient.Response r = inspector.postJson("/api/v1/staff/enforcement/cases", "{\"locationId\":\"" + location
                + "\",\"origin\":\"ASSESSMENT_FINDING\",\"originReference\":\"" + finding
                + "\",\"summary\":\"Medicines not stored safely; two missed doses\"}");
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    static JsonObject decide(WebClient who, JsonObject c, String body) {
        WebClient.Response r = who.postJson("/api/v1/staff/enforcement/cases/" + id(c) + "/decisions",
                "{\"version\":" + version(c) + "," + body + "}");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** Runs a case through the four stages to the confirmed action. */
    static JsonObject confirm(WebClient manager, JsonObject c, String action, String detail) {
        c = decide(manager, c, "\"decision\":\"ESCALATE\",\"reasons\":\"Risk to people\"" + meeting("DECISION_MAKING_MEETING"));
        c = decide(manager, c, "\"decision\":\"BREACH_CONFIRMED\",\"reasons\":\"MAR charts and photos\","
                + "\"breach\":\"Regulation 12: safe care and treatment\"");
        c = decide(manager, c, "\"decision\":\"ACTION_SELECTED\",\"reasons\":\"Serious, first breach\",\"action\":\""
                + action + "\"" + (detail == null ? "" : ",\"actionDetail\":\"" + detail + "\""));
        return decide(manager, c, "\"decision\":\"ACTION_CONFIRMED\",\"reasons\":\"Proportionate\""
                + meeting("MANAGEMENT_REVIEW_MEETING"));
    }

    /**
     * A registered location far from the demo organisations' and other tests' locations, for steps that leave a
     * breach in force there (a rating of that location would be limited by it).
     */
    static String quietLocation(URL base, int page) {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 204, 209, 214}) {
            used.add(RegisterGenerator.locationId(i));
        }
        for (int p = page; ; p++) {
            String id = new WebClient(base).get("/api/v1/locations?status=REGISTERED&perPage=1&page=" + p).json()
                    .getJsonArray("items").getJsonObject(0).getString("id");
            if (!used.contains(id)) {
                return id;
            }
        }
    }

    static long id(JsonObject c) {
        return c.getJsonObject("summary").getJsonNumber("id").longValue();
    }

    static int version(JsonObject c) {
        return c.getJsonObject("summary").getInt("version");
    }

    static String stage(JsonObject c) {
        return c.getJsonObject("summary").getString("stage");
    }

    static JsonObject lastAction(JsonObject c) {
        List<JsonValue> actions = c.getJsonArray("actions");
        return actions.get(actions.size() - 1).asJsonObject();
    }

    static JsonObject step(WebClient who, JsonObject action, String path, String extra) {
        WebClient.Response r = who.postJson("/api/v1/staff/enforcement/actions/" + action.getJsonNumber("id")
                .longValue() + "/" + path, "{\"version\":" + action.getInt("version") + extra + "}");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    @Test
    void aTriageEscalationOpensACaseLinkedToItsItem() throws Exception {
        WebClient.Response sent = new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY).postJson(
                "/api/v1/notifications", NotificationJson.valid(NotificationType.ABUSE_OR_ALLEGATION, LOCATION));
        assertEquals(201, sent.status(), sent.body());
        String ref = sent.json().getString("reference");
        WebClient inspector = as(DemoUsers.INSPECTOR);
        JsonObject row = inspector.get("/api/v1/staff/locations/" + LOCATION + "/timeline?perPage=100").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("reference").equals(ref)).findFirst().orElseThrow();
        long itemId = row.getJsonNumber("id").longValue();
        int v = inspector.get("/api/v1/staff/triage/" + itemId).json().getInt("version");
        WebClient.Response escalated = inspector.postJson("/api/v1/staff/triage/" + itemId + "/outcome",
                "{\"version\":" + v + ",\"outcome\":\"ESCALATE_TO_ENFORCEMENT\",\"reasons\":\"Alleged abuse by staff\"}");
        assertEquals(200, escalated.status(), escalated.body());

        JsonObject found = null;
        for (int i = 0; i < 20 && found == null; i++) {
            found = inspector.get("/api/v1/staff/enforcement/cases?stage=INITIAL_ASSESSMENT&perPage=100").json()
                    .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .filter(c -> ref.equals(c.getString("originReference", null))).findFirst().orElse(null);
            if (found == null) {
                Thread.sleep(250);
            }
        }
        assertTrue(found != null, "a case was opened from " + ref);
        JsonObject c = inspector.get("/api/v1/staff/enforcement/cases/" + found.getJsonNumber("id").longValue()).json();
        assertEquals("TRIAGE", c.getJsonObject("summary").getString("origin"));
        assertEquals(LOCATION, c.getJsonObject("summary").getString("locationId"));
        assertTrue(c.getJsonArray("evidence").toString().contains(ref), c.toString());

        WebClient.Response again = inspector.postJson("/api/v1/staff/enforcement/cases", "{\"origin\":\"TRIAGE\","
                + "\"originReference\":\"" + ref + "\",\"summary\":\"Again\"}");
        assertEquals(409, again.status(), "one case per triaged item");
    }

    @Test
    void theDecisionTreeRecordsEachStageAndRefusesWhatItMayNot() {
        WebClient inspector = as(DemoUsers.INSPECTOR);
        WebClient manager = as(DemoUsers.MANAGER);
        JsonObject c = openFinding(inspector, LOCATION, "Finding F-" + System.nanoTime());
        assertEquals("INITIAL_ASSESSMENT", stage(c));
        assertTrue(c.getJsonArray("decisionsOpen").toString().contains("ESCALATE"));

        WebClient.Response noMeeting = inspector.postJson("/api/v1/staff/enforcement/cases/" + id(c) + "/decisions",
                "{\"version\":" + version(c) + ",\"decision\":\"ESCALATE\",\"reasons\":\"Risk\"}");
        assertEquals(400, noMeeting.status(), noMeeting.body());
        assertEquals("meetingKind", noMeeting.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        WebClient.Response wrongStage = inspector.postJson("/api/v1/staff/enforcement/cases/" + id(c) + "/decisions",
                "{\"version\":" + version(c) + ",\"decision\":\"ACTION_CONFIRMED\",\"reasons\":\"x\"" + meeting(
                        "MANAGEMENT_REVIEW_MEETING") + "}");
        assertEquals(403, wrongStage.status(), "an inspector does not decide the final review");

        c = decide(inspector, c, "\"decision\":\"ESCALATE\",\"reasons\":\"Risk to people\"" + meeting(
                "DECISION_MAKING_MEETING"));
        assertEquals("LEGAL_AND_EVIDENTIAL_REVIEW", stage(c));
        WebClient.Response inspectorAtStage2 = inspector.postJson("/api/v1/staff/enforcement/cases/" + id(c)
                + "/decisions", "{\"version\":" + version(c) + ",\"decision\":\"NO_BREACH\",\"reasons\":\"x\"}");
        assertEquals(403, inspectorAtStage2.status());
        String ref = c.getJsonObject("summary").getString("reference");
        assertTrue(as(DemoUsers.ADMIN).get("/api/v1/staff/audit?action=ACCESS_REFUSED&entityId=" + ref).body()
                .contains(ref), "the refusal is audited");
        WebClient.Response stale = manager.postJson("/api/v1/staff/enforcement/cases/" + id(c) + "/decisions",
                "{\"version\":" + (version(c) - 1) + ",\"decision\":\"NO_BREACH\",\"reasons\":\"x\"}");
        assertEquals(409, stale.status());
        WebClient.Response outOfOrder = manager.postJson("/api/v1/staff/enforcement/cases/" + id(c) + "/decisions",
                "{\"version\":" + version(c) + ",\"decision\":\"ACTION_SELECTED\",\"reasons\":\"x\",\"action\":\"WARNING_NOTICE\"}");
        assertEquals(409, outOfOrder.status(), outOfOrder.body());

        c = decide(manager, c, "\"decision\":\"BREACH_CONFIRMED\",\"reasons\":\"Evidence\",\"breach\":\"Regulation 12\"");
        c = decide(manager, c, "\"decision\":\"ACTION_SELECTED\",\"reasons\":\"Serious\",\"action\":\"WARNING_NOTICE\"");
        c = decide(manager, c, "\"decision\":\"ACTION_CONFIRMED\",\"reasons\":\"Proportionate\"" + meeting(
                "MANAGEMENT_REVIEW_MEETING"));
        assertEquals("ACTION", stage(c));
        assertEquals(4, c.getJsonArray("decisions").size());
        JsonObject last = c.getJsonArray("decisions").getJsonObject(3);
        assertEquals("MANAGEMENT_REVIEW_MEETING", last.getString("meetingKind"));
        assertEquals("Proportionate", last.getString("reasons"));

        String trail = as(DemoUsers.ADMIN).get("/api/v1/staff/audit?entityType=EnforcementCase&entityId=" + ref
                + "&perPage=50").body();
        for (String action : List.of("ENFORCEMENT_CASE_OPENED", "ENFORCEMENT_DECISION_RECORDED")) {
            assertTrue(trail.contains(action), action + " in " + trail);
        }
        assertTrue(trail.contains("Management review meeting"), trail);
    }

    /** The provider's own notice served for this action, as its portal lists it. */
    JsonObject portalNotice(long actionId, String kind) {
        return new WebClient(base).basicAuth(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD)
                .get("/api/v1/portal/notices?perPage=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(n -> "ENFORCEMENT_ACTION".equals(n.getString("subjectType"))
                        && String.valueOf(actionId).equals(n.getString("subjectId")) && kind.equals(n.getString("kind")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " for action " + actionId));
    }

    void answerInPortal(JsonObject notice, String text) {
        WebClient.Response r = new WebClient(base).basicAuth(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD).postJson(
                "/api/v1/portal/notices/" + notice.getJsonNumber("id") + "/representations", "{\"text\":\"" + text + "\"}");
        assertEquals(201, r.status(), r.body());
    }

    @Test
    void theProviderSeesAndAnswersAWarningNoticeThenAProposalAndItsDecisionInThePortal() {
        WebClient manager = as(DemoUsers.MANAGER);
        JsonObject c = confirm(manager, openFinding(as(DemoUsers.INSPECTOR), LOCATION, "Finding W-" + System.nanoTime()),
                "WARNING_NOTICE", null);
        WebClient.Response future = manager.postJson("/api/v1/staff/enforcement/cases/" + id(c) + "/actions",
                "{\"version\":" + version(c) + ",\"date\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(1) + "\"}");
        assertEquals(400, future.status(), "a notice cannot be served in the future");
        WebClient.Response served = manager.postJson("/api/v1/staff/enforcement/cases/" + id(c) + "/actions",
                "{\"version\":" + version(c) + ",\"date\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(3) + "\"}");
        assertEquals(200, served.status(), served.body());
        c = served.json();
        JsonObject wn = lastAction(c);
        assertEquals("WARNING_NOTICE", wn.getString("kind"));
        assertEquals("SERVED", wn.getString("state"));
        WebClient.Response twice = manager.postJson("/api/v1/staff/enforcement/cases/" + id(c) + "/actions",
                "{\"version\":" + version(c) + "}");
        assertEquals(409, twice.status(), "once per confirmation");

        JsonObject notice = portalNotice(wn.getJsonNumber("id").longValue(), "WARNING_NOTICE");
        assertEquals(wn.getString("representationsDue"), notice.getString("representationsDue"),
                "the notice and the action count the same 10 working days");
        assertEquals("Maya Manager", notice.getString("issuedBy"), "the notice names who served it, not their email");
        WebClient.Response pdf = new WebClient(base).basicAuth(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD)
                .get("/api/v1/portal/notices/" + notice.getJsonNumber("id") + "/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF"));
        answerInPortal(notice, "We have a new medicines policy and retrained staff");
        c = as(DemoUsers.INSPECTOR).get("/api/v1/staff/enforcement/cases/" + id(c)).json();
        assertEquals("REPRESENTATIONS_RECEIVED", lastAction(c).getString("state"));
        assertTrue(lastAction(c).getString("representations").contains(notice.getString("reference")));

        c = step(manager, lastAction(c), "complete", "");
        assertEquals("COMPLETED", lastAction(c).getString("state"));
        c = decide(manager, c, "\"decision\":\"FURTHER_ACTION_NEEDED\",\"reasons\":\"Not complied with\"");
        c = decide(manager, c, "\"decision\":\"ACTION_SELECTED\",\"reasons\":\"Continuing breach\","
                + "\"action\":\"IMPOSE_CONDITIONS\",\"actionDetail\":\"No new admissions without written agreement\"");
        c = decide(manager, c, "\"decision\":\"ACTION_CONFIRMED\",\"reasons\":\"Proportionate\"" + meeting(
                "MANAGEMENT_REVIEW_MEETING"));
        LocalDate nopServed = LocalDate.now(ZoneOffset.UTC).minusDays(10);
        WebClient.Response nop = manager.postJson("/api/v1/staff/enforcement/cases/" + id(c) + "/actions",
                "{\"version\":" + version(c) + ",\"date\":\"" + nopServed + "\"}");
        assertEquals(200, nop.status(), nop.body());
        JsonObject proposal = lastAction(nop.json());
        assertEquals(nopServed.plusDays(28).toString(), proposal.getString("representationsDue"));
        WebClient.Response early = manager.postJson("/api/v1/staff/enforcement/actions/" + proposal.getJsonNumber("id")
                + "/decision", "{\"version\":" + proposal.getInt("version") + ",\"date\":\"" + TODAY + "\"}");
        assertEquals(409, early.status(), "no decision while the window is open and nothing has arrived");
        JsonObject nopNotice = portalNotice(proposal.getJsonNumber("id").longValue(), "NOTICE_OF_PROPOSAL");
        assertEquals(proposal.getString("representationsDue"), nopNotice.getString("representationsDue"));
        answerInPortal(nopNotice, "Admissions are already paused voluntarily");

        c = as(DemoUsers.MANAGER).get("/api/v1/staff/enforcement/cases/" + id(c)).json();
        c = step(manager, lastAction(c), "decision", ",\"date\":\"" + TODAY + "\"");
        JsonObject decided = lastAction(c);
        assertEquals("DECIDED", decided.getString("state"));
        JsonObject nod = portalNotice(decided.getJsonNumber("id").longValue(), "NOTICE_OF_DECISION");
        assertEquals(LocalDate.now(ZoneOffset.UTC).plusDays(28).toString(), nod.getString("appealDue"));
        assertEquals(decided.getString("appealDue"), nod.getString("appealDue"));
        WebClient.Response tooSoon = manager.postJson("/api/v1/staff/enforcement/actions/" + decided.getJsonNumber("id")
                + "/take-effect", "{\"version\":" + decided.getInt("version") + "}");
        assertEquals(409, tooSoon.status(), "the appeal window is open");
    }

    @Test
    void aDecisionTakesEffectAfterItsAppealWindowAndImposesTheConditionOnTheRegister() {
        WebClient manager = as(DemoUsers.MANAGER);
        String location = quietLocation(base, 251);
        JsonObject c = confirm(manager, openFinding(as(DemoUsers.INSPECTOR), location, "Finding R-" + System.nanoTime()),
                "IMPOSE_CONDITIONS", "No new admissions without the Commission's written agreement");
        // The Notice of Proposal was served 70 days ago, so that its windows can be walked through today.
        LocalDate nopServed = LocalDate.now(ZoneOffset.UTC).minusDays(70);
        WebClient.Response nop = manager.postJson("/api/v1/staff/enforcement/cases/" + id(c) + "/actions",
                "{\"version\":" + version(c) + ",\"date\":\"" + nopServed + "\"}");
        assertEquals(200, nop.status(), nop.body());
        JsonObject proposal = lastAction(nop.json());
        WebClient.Response early = manager.postJson("/api/v1/staff/enforcement/actions/" + proposal.getJsonNumber("id")
                + "/decision", "{\"version\":" + proposal.getInt("version") + ",\"date\":\"" + nopServed.plusDays(28)
                + "\"}");
        assertEquals(409, early.status(), "no decision on the last day for representations");
        WebClient.Response late = manager.postJson("/api/v1/staff/enforcement/actions/" + proposal.getJsonNumber("id")
                + "/representations", "{\"version\":" + proposal.getInt("version") + ",\"date\":\"" + nopServed.plusDays(29)
                + "\",\"representations\":\"Late\"}");
        assertEquals(409, late.status(), "representations the day after the window are late");

        LocalDate nodServed = nopServed.plusDays(29);
        c = step(manager, proposal, "decision", ",\"date\":\"" + nodServed + "\"");
        JsonObject decided = lastAction(c);
        assertEquals(nodServed.plusDays(28).toString(), decided.getString("appealDue"));
        assertEquals(nodServed.plusDays(29).toString(), decided.getString("takesEffectOn"));
        // Its appeal period ended 12 days ago without an appeal: the scheduled job makes it take effect by itself,
        // from the day it was due, and the register follows.
        long caseId = id(c);
        org.awaitility.Awaitility.await("the decision takes effect by itself").atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(500)).until(() -> "IN_FORCE".equals(lastAction(
                        as(DemoUsers.MANAGER).get("/api/v1/staff/enforcement/cases/" + caseId).json())
                        .getString("state")));
        c = as(DemoUsers.MANAGER).get("/api/v1/staff/enforcement/cases/" + caseId).json();
        LocalDate inForce = nodServed.plusDays(29);
        assertEquals(inForce.toString(), lastAction(c).getString("inForceOn"), "in force from its legal date");
        String register = new WebClient(base).get("/api/v1/locations/" + location).body();
        assertTrue(register.contains("No new admissions without the Commission"), register);
        String before = new WebClient(base).get("/api/v1/locations/" + location + "/register?on=" + inForce.minusDays(1))
                .body();
        assertTrue(!before.contains("No new admissions without the Commission"), "not a condition the day before: "
                + before);
        String onTheDay = new WebClient(base).get("/api/v1/locations/" + location + "/register?on=" + inForce).body();
        assertTrue(onTheDay.contains("No new admissions without the Commission"), onTheDay);
        String applied = as(DemoUsers.ADMIN).get("/api/v1/staff/audit?action=DATED_DECISION_APPLIED&entityType"
                + "=DatedDecision&perPage=100").body();
        assertTrue(applied.contains("EnforcementAction " + lastAction(c).getJsonNumber("id")), "applied by the"
                + " scheduled job, audited: " + applied);
        String trail = as(DemoUsers.ADMIN).get("/api/v1/staff/audit?entityType=EnforcementCase&entityId="
                + c.getJsonObject("summary").getString("reference") + "&perPage=100").body();
        for (String action : List.of("ENFORCEMENT_ACTION_TAKEN", "ENFORCEMENT_DECISION_SERVED",
                "ENFORCEMENT_DECISION_TOOK_EFFECT")) {
            assertTrue(trail.contains(action), action + " in " + trail);
        }
        assertTrue(as(DemoUsers.ADMIN).get("/api/v1/staff/audit?action=REGISTRATION_CONDITION_IMPOSED&entityId="
                + location).body().contains("No new admissions"));
        String breaches = as(DemoUsers.INSPECTOR).get("/api/v1/staff/enforcement/locations/" + location + "/breaches").body();
        assertTrue(breaches.contains(c.getJsonObject("summary").getString("reference")), breaches);
        assertTrue(breaches.contains("Regulation 12"), breaches);
    }

    @Test
    void theDecisionDoesNotTakeEffectInsideItsAppealWindow() {
        WebClient manager = as(DemoUsers.MANAGER);
        JsonObject c = confirm(manager, openFinding(as(DemoUsers.INSPECTOR), LOCATION, "Finding A-" + System.nanoTime()),
                "IMPOSE_CONDITIONS", "Monthly medicines audit report to the Commission");
        LocalDate nopServed = LocalDate.now(ZoneOffset.UTC).minusDays(40);
        WebClient.Response nop = manager.postJson("/api/v1/staff/enforcement/cases/" + id(c) + "/actions",
                "{\"version\":" + version(c) + ",\"date\":\"" + nopServed + "\"}");
        JsonObject proposal = lastAction(nop.json());
        LocalDate nodServed = nopServed.plusDays(29);
        c = step(manager, proposal, "decision", ",\"date\":\"" + nodServed + "\"");
        JsonObject decided = lastAction(c);
        WebClient.Response tooSoon = manager.postJson("/api/v1/staff/enforcement/actions/" + decided.getJsonNumber("id")
                + "/take-effect", "{\"version\":" + decided.getInt("version") + "}");
        assertEquals(409, tooSoon.status(), tooSoon.body());
        assertTrue(tooSoon.json().getString("detail").contains(org.inspectorate.shared.time.Days.written(
                nodServed.plusDays(28))), tooSoon.body());
        c = step(manager, decided, "appeal", ",\"date\":\"" + TODAY + "\"");
        assertEquals("APPEALED", lastAction(c).getString("state"));
    }

    @Test
    void everyCaseHasAnOwnerWhomAManagerCanReplace() {
        JsonObject c = openFinding(as(DemoUsers.INSPECTOR), LOCATION, "Finding O-" + System.nanoTime());
        assertEquals("Ivy Inspector", c.getJsonObject("summary").getString("ownerName"), "its opener owns it");
        String path = "/api/v1/staff/enforcement/cases/" + id(c) + "/owner";
        long managerId = jakarta.json.Json.createReader(new java.io.StringReader(as(DemoUsers.MANAGER)
                .get("/api/v1/staff/planning/capacity").body())).readArray().stream()
                .map(jakarta.json.JsonValue::asJsonObject).filter(o -> o.getString("name").equals("Maya Manager"))
                .findFirst().orElseThrow().getJsonNumber("staffId").longValue();
        assertEquals(403, as(DemoUsers.INSPECTOR).postJson(path, "{\"version\":" + version(c) + ",\"ownerId\":"
                + managerId + "}").status(), "managers reassign");
        WebClient.Response none = as(DemoUsers.MANAGER).postJson(path, "{\"version\":" + version(c) + "}");
        assertEquals(400, none.status(), none.body());
        assertTrue(none.body().contains("\"field\":\"ownerId\""), none.body());
        WebClient.Response moved = as(DemoUsers.MANAGER).postJson(path, "{\"version\":" + version(c)
                + ",\"ownerId\":" + managerId + "}");
        assertEquals(200, moved.status(), moved.body());
        assertEquals("Maya Manager", moved.json().getJsonObject("summary").getString("ownerName"));
        String trail = as(DemoUsers.ADMIN).get("/api/v1/staff/audit?action=ENFORCEMENT_CASE_REASSIGNED&entityId="
                + c.getJsonObject("summary").getString("reference")).body();
        assertTrue(trail.contains("Maya Manager"), trail);
    }

    @Test
    void theBoardAndMetricsCountOpenCasesAndOverdueClocks() throws Exception {
        openFinding(as(DemoUsers.INSPECTOR), LOCATION, "Finding B-" + System.nanoTime());
        JsonObject board = as(DemoUsers.INSPECTOR).get("/api/v1/staff/enforcement/board").json();
        long open = board.getJsonNumber("open").longValue();
        assertTrue(open > 0);
        long sum = board.getJsonArray("stages").stream().mapToLong(s -> s.asJsonObject().getJsonNumber("count")
                .longValue()).sum();
        assertEquals(open, sum, "every open case is at exactly one stage");
        assertEquals(open, as(DemoUsers.INSPECTOR).get("/api/v1/staff/enforcement/cases?perPage=1").json()
                .getJsonNumber("total").longValue());
        Thread.sleep(5_500);
        String metrics = new WebClient(base).get("/metrics?scope=application").body();
        assertTrue(metrics.contains("enforcement_cases_open{"), metrics);
        assertTrue(metrics.contains("enforcement_clocks_overdue_total"), metrics);
        assertTrue(metrics.matches("(?s).*enforcement_cases_open_total\\{[^}]*\\} [1-9].*"), metrics);
    }

    @Test
    void enforcementIsForStaffAndInputIsChecked() {
        assertEquals(403, new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY)
                .get("/api/v1/staff/enforcement/board").status());
        assertEquals(401, new WebClient(base).get("/api/v1/staff/enforcement/board").status());
        WebClient.Response bad = as(DemoUsers.INSPECTOR).postJson("/api/v1/staff/enforcement/cases",
                "{\"origin\":\"DIRECT\",\"locationId\":\"1-000000000\",\"summary\":\"x\"}");
        assertEquals(400, bad.status(), bad.body());
        assertEquals("locationId", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        WebClient.Response badOrigin = as(DemoUsers.INSPECTOR).postJson("/api/v1/staff/enforcement/cases",
                "{\"origin\":\"NOPE\"}");
        assertEquals(400, badOrigin.status());
        assertTrue(badOrigin.isProblem());
        assertEquals(404, as(DemoUsers.INSPECTOR).get("/api/v1/staff/enforcement/cases/999999").status());
    }
}
