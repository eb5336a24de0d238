package org.inspectorate.it;

import static org.inspectorate.it.ReportApi.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Reports in a real browser, every page checked with axe-core: the editor autosaves and loses nothing when the
 * session is dropped mid-sentence; a conflicting save shows both texts; the provider comments on the draft in
 * the portal; staff respond, finalise and publish from the report page; the public sees it as HTML and PDF.
 */
@ExtendWith(ArquillianExtension.class)
class ReportJourneyIT {

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

    private String sectionHtml(long id, String key) {
        JsonObject detail = as(base, DemoUsers.INSPECTOR).get("/api/v1/staff/reports/" + id).json();
        return detail.getJsonArray("sections").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("key").equals(key)).findFirst().orElseThrow().getString("html");
    }

    private void waitForText(String css, String text, int seconds) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(css)).getText().contains(text));
    }

    private void forcePageHide() {
        ((JavascriptExecutor) browser.driver()).executeScript("window.dispatchEvent(new Event('pagehide'));");
    }

    @Test
    void nothingTypedIsLostWhenTheSessionIsDroppedMidSentence() {
        long id = ReportApi.id(ReportApi.open(base, NotificationApiIT.A_LOCATION, 4));
        browser.signIn(DemoUsers.INSPECTOR, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/");
        browser.open("/staff/reports/edit.xhtml?id=" + id);
        browser.waitFor("#editor-SAFE");
        browser.assertAccessible();
        WebElement editor = browser.find("#editor-SAFE");
        editor.click();
        editor.sendKeys("Medicines were stored safely");
        // The autosave runs within 10 seconds of the first keystroke, with nothing else happening.
        waitForText("#editor-SAFE-status", "Saved version 1", 25);
        assertTrue(sectionHtml(id, "SAFE").contains("Medicines were stored safely"));

        editor.sendKeys(" and checked every wee");
        browser.driver().manage().deleteAllCookies();
        browser.open("/staff/index.xhtml");
        browser.waitForPath("/sign-in.xhtml");
        browser.signIn(DemoUsers.INSPECTOR, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/");
        browser.open("/staff/reports/edit.xhtml?id=" + id);
        waitForText("#editor-SAFE", "checked every wee", 20);
        waitForText("#editor-SAFE-status", "Saved version 2", 20);
        assertTrue(sectionHtml(id, "SAFE").contains("Medicines were stored safely and checked every wee"),
                sectionHtml(id, "SAFE"));
    }

    @Test
    void aConflictingSaveShowsBothTextsAndTheAuthorChooses() {
        long id = ReportApi.id(ReportApi.open(base, NotificationApiIT.A_LOCATION, 4));
        browser.signIn(DemoUsers.INSPECTOR, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/");
        browser.open("/staff/reports/edit.xhtml?id=" + id);
        browser.waitFor("#editor-CARING");
        // The manager saves and leaves the page (giving up the lease): the inspector's page is now stale.
        WebClient.Response theirs = as(base, DemoUsers.MANAGER).send("PUT", "/api/v1/staff/reports/" + id
                + "/sections/CARING", "application/json",
                "{\"baseVersion\":0,\"html\":\"<p>The findings of the manager</p>\",\"release\":true}");
        assertEquals(200, theirs.status(), theirs.body());
        WebElement editor = browser.find("#editor-CARING");
        editor.click();
        editor.sendKeys("The findings of the inspector");
        forcePageHide();
        browser.waitFor("#editor-CARING-conflict");
        assertTrue(browser.text("#editor-CARING-conflict .report-conflict-theirs").contains("The findings of the manager"));
        assertTrue(browser.text("#editor-CARING-conflict .report-conflict-yours").contains("The findings of the inspector"));
        assertEquals("<p>The findings of the manager</p>", sectionHtml(id, "CARING"), "nothing overwritten silently");
        browser.assertAccessible();
        browser.click("#editor-CARING-conflict [data-conflict='keep-mine']");
        waitForText("#editor-CARING-status", "Saved version 2", 20);
        assertTrue(sectionHtml(id, "CARING").contains("The findings of the inspector"));
        String versions = as(base, DemoUsers.INSPECTOR).get("/api/v1/staff/reports/" + id
                + "/sections/CARING/versions").body();
        assertTrue(versions.contains("\"version\":1") && versions.contains("\"version\":2"), versions);
        browser.open("/staff/reports/history.xhtml?id=" + id + "&section=CARING&a=1&b=2");
        browser.waitFor("#comparison");
        assertTrue(browser.text("#left").contains("of the manager") && browser.text("#right").contains("of the inspector"));
        browser.assertAccessible();
    }

    /** Signs in, presses one pipeline button on the report page (with a reason), checks the state, signs out. */
    private void staffMoves(String who, long id, String button, String reason, String expectedState) {
        browser.signIn(who, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/");
        browser.open("/staff/reports/edit.xhtml?id=" + id);
        browser.waitFor("#actions\\:" + button);
        if (reason != null) {
            browser.click("#actions\\:" + button);
            browser.waitFor(".app-error-summary");
            browser.assertAccessible();
            browser.type("actions:reason", reason);
        }
        browser.click("#actions\\:" + button);
        waitForText("#state", expectedState, 20);
        browser.signOut();
    }

    @Test
    void theProviderCommentsStaffRespondAndTheReportIsPublished() {
        long id = ReportApi.id(ReportApi.open(base, NotificationApiIT.A_LOCATION, 20));
        assertEquals(200, ReportApi.save(as(base, DemoUsers.INSPECTOR), id, "SUMMARY", 0, "<p>A good service.</p>")
                .status());
        staffMoves(DemoUsers.INSPECTOR, id, "submit", null, "In review");
        staffMoves(DemoUsers.MANAGER, id, "return", "Say how many staff were on duty", "Returned to author");
        staffMoves(DemoUsers.INSPECTOR, id, "submit", null, "In review");
        staffMoves(DemoUsers.MANAGER, id, "pass", null, "Factual accuracy check");

        browser.signIn(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        browser.waitForPath("/portal/");
        browser.open("/portal/reports/index.xhtml");
        browser.assertAccessible();
        browser.open("/portal/reports/view.xhtml?id=" + id + "&section=SUMMARY");
        browser.waitFor("#fac-intro");
        browser.assertAccessible();
        browser.click("#comment\\:save");
        browser.waitFor(".app-error-summary");
        new Select(browser.find("#comment\\:section")).selectByValue("SUMMARY");
        browser.type("comment:text", "The home has 32 beds, not 30. ".repeat(50));
        browser.click("#comment\\:save");
        browser.waitFor("#comments");
        assertTrue(browser.text("#comments").length() > 0);
        browser.click("#finish\\:send");
        browser.waitFor("#responded");
        browser.signOut();

        browser.signIn(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/");
        browser.open("/staff/reports/edit.xhtml?id=" + id);
        browser.find("input[type='radio'][value='ACCEPTED']").click();
        browser.driver().findElement(By.cssSelector("textarea[id$='answerReason']")).sendKeys("The register says 32");
        browser.click("input[id$=':respond']");
        browser.waitFor("#actions\\:finalise");
        browser.assertAccessible();
        browser.click("#actions\\:finalise");
        browser.waitFor("#actions\\:publish");
        browser.clickAndConfirm("#actions\\:publish");
        waitForText("#state", "Published", 20);

        browser.open("/staff/reports/board.xhtml");
        browser.assertAccessible();
        browser.signOut();
        browser.open("/location.xhtml?id=" + NotificationApiIT.A_LOCATION);
        browser.waitFor("#reports");
        browser.assertAccessible();
        browser.find("#reports a[href*='report.xhtml']").click();
        browser.waitFor("#report");
        assertTrue(browser.text("#report").contains("A good service."));
        assertTrue(browser.find("#pdf").getAttribute("href").contains("/pdf"));
        browser.assertAccessible();
    }
}
