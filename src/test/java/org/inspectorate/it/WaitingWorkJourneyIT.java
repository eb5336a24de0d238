package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

/**
 * In the browser: a manager records an inspector's leave (refused first with the message by the field), finds
 * the triage item the inspector holds on the list of work waiting on absent people, ticks it and gives it to a
 * colleague. An inspector is refused the list. Every page passes the WCAG 2.2 AA check.
 */
@ExtendWith(ArquillianExtension.class)
class WaitingWorkJourneyIT {

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
    void aManagerRecordsLeaveAndGivesTheAbsentInspectorsWorkToAColleague() {
        WebClient admin = new WebClient(base).basicAuth(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        WebClient.Response added = admin.postJson("/api/v1/staff/accounts", "{\"email\":\""
                + PortalUsers.uniqueEmail("leave") + "\",\"name\":\"Lee Leave\",\"roles\":[\"INSPECTOR\"]}");
        assertEquals(201, added.status(), added.body());
        long lee = added.json().getJsonNumber("id").longValue();
        String reference = heldItem(lee);

        browser.signIn(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/");
        browser.clickLink("Record an absence");
        browser.waitForPath("/staff/absence.xhtml");
        browser.assertAccessible();
        new Select(browser.find("#absence\\:staffId")).selectByVisibleText("Lee Leave");
        browser.type("absence:startsOn", "31 2 2027");
        browser.click("#absence\\:save");
        browser.waitFor("#startsOn-error");
        assertTrue(browser.text("#startsOn-error").contains("real date"), browser.text("#startsOn-error"));
        browser.assertAccessible();

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        new Select(browser.find("#absence\\:staffId")).selectByVisibleText("Lee Leave");
        browser.type("absence:startsOn", day(today));
        browser.type("absence:endsOn", day(today.plusDays(4)));
        browser.click("#absence\\:save");
        browser.waitFor(".app-notice");
        assertTrue(browser.text(".app-notice").contains("Lee Leave is recorded as away"), browser.text(".app-notice"));

        browser.clickLink("Work waiting on absent people");
        browser.waitForPath("/staff/waiting-work.xhtml");
        browser.assertAccessible();
        assertTrue(browser.text("#work\\:table").contains(reference), browser.text("#work\\:table"));
        String row = "//tr[contains(., '" + reference + "')]";
        browser.driver().findElement(org.openqa.selenium.By.xpath(row + "//input[@type='checkbox']")).click();
        new Select(browser.find("#work\\:toStaffId")).selectByVisibleText("Ivy Inspector");
        browser.click("#work\\:giveSelected");
        browser.waitFor(".app-notice");
        assertTrue(browser.text(".app-notice").contains("1 item given to Ivy Inspector"), browser.text(".app-notice"));
        assertTrue(!browser.text("#work\\:table").contains(reference), "no longer waiting");
        browser.assertAccessible();

        browser.signOut();
        browser.signIn(DemoUsers.INSPECTOR, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/");
        browser.open("/staff/waiting-work.xhtml");
        assertTrue(browser.driver().getPageSource().contains("You cannot see this page"),
                "an inspector is refused the list");
    }

    private static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonthValue() + " " + d.getYear();
    }

    /** A triage item assigned to the person; its reference. */
    private String heldItem(long staffId) {
        long id = TriageItems.heldBy(base, staffId);
        return new WebClient(base).basicAuth(DemoUsers.MANAGER, DemoUsers.PASSWORD).get("/api/v1/staff/triage/" + id)
                .json().getJsonObject("item").getString("reference");
    }
}
