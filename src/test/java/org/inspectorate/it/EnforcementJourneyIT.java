package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.inspectorate.demo.DemoAccounts;
import org.inspectorate.demo.RegisterGenerator;
import org.inspectorate.notification.domain.NotificationType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The journeys in a real browser, every page checked with axe-core: a manager sees why a location is high
 * risk and plans its assessment; an inspector's finding opens a case that runs through the four stages of the
 * decision tree to a warning notice with its representations clock.
 */
@ExtendWith(ArquillianExtension.class)
class EnforcementJourneyIT {

    static final String LOCATION = RegisterGenerator.locationId(8);
    static final String CASE_LOCATION = RegisterGenerator.locationId(9);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void start() {
        browser = new Browser(base);
    }

    @AfterEach
    void stop(org.junit.jupiter.api.TestInfo test) {
        browser.keepEvidence(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
        browser.close();
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, value);
    }

    private void select(String id, String value) {
        new Select(browser.driver().findElement(org.openqa.selenium.By.id(id))).selectByValue(value);
    }

    private void decide(String decision, String reasons) {
        select("decide:decision", decision);
        browser.type("decide:reasons", reasons);
    }

    private void submitDecision(String expectedStage) {
        browser.click("#decide\\:go");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> browser.text("#stage").contains(expectedStage));
    }

    @Test
    void aManagerSeesWhyALocationIsHighRiskAndPlansItsAssessment() {
        WebClient provider = new WebClient(base).bearer(DemoAccounts.PROVIDER_B_API_KEY);
        assertEquals(201, provider.postJson("/api/v1/notifications",
                NotificationJson.valid(NotificationType.ABUSE_OR_ALLEGATION, LOCATION)).status());
        EnforcementIT.openFinding(new WebClient(base).basicAuth(DemoUsers.INSPECTOR, DemoUsers.PASSWORD), LOCATION,
                "Finding J-" + System.nanoTime());

        browser.signIn(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/");
        browser.open("/staff/planning/index.xhtml");
        browser.waitFor("#risk\\:table");
        browser.assertAccessible();

        browser.open("/staff/planning/plan.xhtml?location=" + LOCATION);
        browser.waitFor("#reasons");
        browser.assertAccessible();
        String reasons = browser.text("#reasons");
        assertTrue(reasons.contains("Open enforcement case"), reasons);
        assertTrue(reasons.contains("notification or concern in 90 days, the latest today"), reasons);

        browser.click("#plan\\:go");
        browser.waitFor(".app-error-summary");
        browser.assertAccessible();
        select("plan:inspectorId", browser.find("#plan\\:inspectorId option:nth-child(2)").getAttribute("value"));
        setValue("plan:plannedOn", LocalDate.now(ZoneOffset.UTC).plusDays(14).toString());
        select("plan:kind", "RESPONSIVE");
        browser.type("plan:note", "Allegation of abuse and an open case");
        browser.click("#plan\\:go");
        browser.waitForPath("/staff/planning/schedule.xhtml");
        browser.waitFor("#plans\\:table");
        browser.assertAccessible();
        assertTrue(browser.text("#plans\\:table").contains("Responsive"),
                browser.text("#plans\\:table"));
        assertTrue(browser.text("#capacity").length() > 0);

        browser.open("/staff/location.xhtml?id=" + LOCATION);
        browser.waitFor("#risk");
        browser.assertAccessible();
        assertTrue(browser.text("main").contains("Open enforcement case"), browser.text("main"));
        assertTrue(browser.text("#enforcement").length() > 0);
    }

    @Test
    void aFindingRunsThroughTheDecisionTreeToAWarningNotice() {
        browser.signIn(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/");
        browser.open("/staff/enforcement/open.xhtml?location=" + CASE_LOCATION);
        browser.assertAccessible();
        select("open:origin", "ASSESSMENT_FINDING");
        browser.type("open:originReference", "Site visit, medicines finding " + System.nanoTime());
        browser.type("open:summary", "Medicines not stored safely; two missed doses");
        browser.click("#open\\:go");
        browser.waitForPath("/staff/enforcement/case.xhtml");
        browser.waitFor("#stage");
        browser.assertAccessible();
        assertTrue(browser.text("#stage").contains("Stage 1"));

        decide("ESCALATE", "Risk to people using the service");
        browser.click("#decide\\:go");
        browser.waitFor(".app-error-summary");
        browser.assertAccessible();
        assertTrue(browser.text(".app-error-summary").contains("Decision-making meeting"), browser.text(".app-error-summary"));

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        decide("ESCALATE", "Risk to people using the service");
        select("decide:meetingKind", "DECISION_MAKING_MEETING");
        setValue("decide:meetingDate", today);
        browser.type("decide:attendees", "Maya Manager, Ivy Inspector");
        submitDecision("Stage 2");

        decide("BREACH_CONFIRMED", "MAR charts and photographs from the visit");
        browser.type("decide:breach", "Regulation 12: safe care and treatment");
        submitDecision("Stage 3");
        browser.assertAccessible();

        decide("ACTION_SELECTED", "Serious breach, first time");
        select("decide:action", "WARNING_NOTICE");
        submitDecision("Stage 4");

        decide("ACTION_CONFIRMED", "Proportionate to the risk");
        select("decide:meetingKind", "MANAGEMENT_REVIEW_MEETING");
        setValue("decide:meetingDate", today);
        submitDecision("Taking action");
        browser.assertAccessible();
        assertTrue(browser.text("#decisions").contains("Management review meeting (MRM)"), browser.text("#decisions"));

        browser.clickAndConfirm("#take\\:go");
        browser.waitFor(".representations-due");
        browser.assertAccessible();
        assertTrue(browser.text("main").contains("Warning notice (section 29)"), browser.text("main"));
        assertTrue(browser.text(".representations-due").length() > 0);

        browser.open("/staff/enforcement/index.xhtml");
        browser.waitFor("#stages");
        browser.assertAccessible();
        assertTrue(browser.text("#stages").contains("Taking action"));

        browser.signOut();
        browser.signIn(DemoUsers.PROVIDER_B, DemoUsers.PASSWORD);
        browser.waitForPath("/portal/");
        browser.open("/portal/notices/index.xhtml");
        browser.waitFor("main");
        browser.assertAccessible();
        assertTrue(browser.text("main").contains("Warning notice"), browser.text("main"));
    }
}
