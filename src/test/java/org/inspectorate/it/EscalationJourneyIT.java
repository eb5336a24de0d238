package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In the browser: an inspector reads the triage queue longest waiting first, claims a notification of an
 * unexpected death and escalates it to assessment; the item links to the responsive assessment planned; a
 * manager finds it on the schedule waiting for an inspector and allocates one. Every page passes the WCAG 2.2 AA
 * check.
 */
@ExtendWith(ArquillianExtension.class)
class EscalationJourneyIT {

    static final String LOCATION = RegisterGenerator.locationId(2);

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

    @Test
    void anInspectorEscalatesANotificationAndAManagerAllocatesTheAssessment() {
        WebClient.Response sent = new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY).postJson(
                "/api/v1/notifications", NotificationJson.valid(NotificationType.DEATH_OF_SERVICE_USER, LOCATION));
        assertEquals(201, sent.status(), sent.body());
        String reference = sent.json().getString("reference");
        long item = new WebClient(base).basicAuth(DemoUsers.INSPECTOR, DemoUsers.PASSWORD)
                .get("/api/v1/staff/locations/" + LOCATION + "/timeline?perPage=100").json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(o -> o.getString("reference").equals(reference))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();

        browser.signIn(DemoUsers.INSPECTOR, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/");
        browser.open("/staff/triage/index.xhtml?oldest=true");
        browser.waitFor("#bulk\\:queue");
        assertTrue(browser.text("#bulk\\:queue").contains("Days waiting"), browser.text("#bulk\\:queue"));
        browser.assertAccessible();
        browser.open("/staff/triage/backlog.xhtml");
        browser.waitFor("#queues");
        assertTrue(!browser.findAll("#queues a.app-oldest-link").isEmpty(), "each queue's oldest item is a link");
        browser.assertAccessible();

        browser.open("/staff/triage/item.xhtml?id=" + item);
        browser.click("#claim\\:go");
        browser.waitFor("#decide\\:outcome");
        new Select(browser.find("#decide\\:outcome")).selectByValue("ESCALATE_TO_ASSESSMENT");
        browser.type("decide:reasons", "Unexpected death: look at night staffing");
        browser.click("#decide\\:go");
        browser.waitFor("#escalations");
        assertTrue(browser.text("#escalations").contains("Responsive assessment planned for"),
                browser.text("#escalations"));
        browser.assertAccessible();
        browser.signOut();

        browser.signIn(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/");
        browser.open("/staff/planning/schedule.xhtml?month=" + planMonth());
        browser.waitFor("#plans\\:table");
        WebElement row = row();
        assertTrue(row.getText().contains("Not allocated yet"), row.getText());
        browser.assertAccessible();
        new Select(row.findElement(By.cssSelector("select[id$='allocateTo']"))).selectByVisibleText("Ivy Inspector");
        row.findElement(By.cssSelector("input[id$='allocate']")).click();
        browser.waitFor(".app-notice");
        assertTrue(row().getText().contains("Ivy Inspector"), row().getText());
        browser.assertAccessible();
    }

    /** The month of the location's open plan, as the API gives it. */
    private YearMonth planMonth() {
        WebClient manager = new WebClient(base).basicAuth(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        YearMonth now = YearMonth.from(LocalDate.now(ZoneId.of("Europe/London")));
        for (YearMonth m : java.util.List.of(now, now.plusMonths(1))) {
            boolean found = manager.get("/api/v1/staff/planning/assessments?month=" + m + "&perPage=100").json()
                    .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .anyMatch(p -> p.getString("locationId").equals(LOCATION) && p.getString("state").equals("PLANNED"));
            if (found) {
                return m;
            }
        }
        throw new AssertionError("No plan for " + LOCATION);
    }

    /** The schedule's row for the location (its plan escalated from triage). */
    private WebElement row() {
        return browser.findAll("#plans\\:table tbody tr").stream()
                .filter(r -> !r.findElements(By.cssSelector("a[href*='id=" + LOCATION + "']")).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("No plan for " + LOCATION + " on the schedule"));
    }
}
