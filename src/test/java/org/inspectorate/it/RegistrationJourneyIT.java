package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.inspectorate.shared.time.Days;
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

/**
 * The "done when" in a real browser, every page checked with axe-core: a provider applies in the
 * portal to add a location with its regulated activities (task list, a refused section that keeps what was
 * typed, documents, check your answers, declaration); staff validate, assign and request information; the
 * provider answers; staff grant; the public page shows the new location and its activities.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationJourneyIT {

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

    private void set(String field, String value) {
        WebElement el = browser.driver().findElement(By.id("section:" + field));
        if (el.getTagName().equals("select")) {
            new Select(el).selectByValue(value);
        } else {
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", el, value);
        }
    }

    private void section(String applicationPath, String key, Map<String, String> values) {
        browser.open(applicationPath);
        browser.click("a[href*='section=" + key + "']");
        browser.waitForPath("/portal/registration/section.xhtml");
        values.forEach(this::set);
        browser.click("#section\\:save");
        browser.waitForPath("/portal/registration/application.xhtml");
    }

    private void upload(String kind, String name) throws Exception {
        Path file = Files.createTempFile(name, ".pdf");
        Files.write(file, FileUploads.pdf(3000));
        new Select(browser.find("#section\\:documentKind")).selectByValue(kind);
        browser.find("#section\\:file").sendKeys(file.toAbsolutePath().toString());
        browser.click("#section\\:upload");
        browser.waitFor("#documents");
        assertTrue(browser.text("#documents").contains(file.getFileName().toString()), "the file is listed at once");
        assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".app-error-summary")).isEmpty(),
                "an upload that worked shows no error: " + browser.text("main"));
    }

    @Test
    void aProviderAddsALocationWithActivitiesAndStaffGrantIt() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        browser.signIn(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        browser.waitForPath("/portal/index.xhtml");
        browser.open("/portal/registration/index.xhtml");
        browser.assertAccessible();
        new Select(browser.find("#start\\:type")).selectByValue("ADD_LOCATION");
        browser.click("#start\\:begin");
        browser.waitForPath("/portal/registration/application.xhtml");
        browser.assertAccessible();
        String application = browser.path();
        String id = application.replaceAll(".*id=", "");
        assertEquals("Not yet started", browser.text("#task-location-status"));

        browser.click("a[href*='section=location']");
        browser.waitForPath("/portal/registration/section.xhtml");
        browser.assertAccessible();
        set("name", "Birch Court");
        set("postcode", "NOPE 123");
        browser.click("#section\\:save");
        browser.waitFor(".app-error-summary");
        browser.assertAccessible();
        assertTrue(browser.text(".app-error-summary").contains("Enter a real postcode"), browser.text(".app-error-summary"));
        assertEquals("Birch Court", browser.find("#section\\:name").getAttribute("value"), "nothing typed is lost");
        browser.open(application);
        assertEquals("In progress", browser.text("#task-location-status"), "the draft is kept on the server");

        section(application, "provider", Map.of("contactEmail", "pat@provider-a.example"));
        section(application, "location", Map.of("name", "Birch Court", "addressLine1", "4 Birch Lane",
                "townCity", "Leeds", "postcode", "LS6 2AA", "region", "YORKSHIRE_AND_THE_HUMBER",
                "localAuthority", "Leeds"));
        browser.open(application);
        browser.click("a[href*='section=services']");
        browser.waitForPath("/portal/registration/section.xhtml");
        browser.find("#section\\:activities input[value='PERSONAL_CARE']").click();
        browser.find("#section\\:activities input[value='NURSING_CARE']").click();
        set("serviceType", "DOMICILIARY_CARE");
        set("startDate", today.plusMonths(2).toString());
        browser.click("#section\\:save");
        browser.waitForPath("/portal/registration/application.xhtml");
        section(application, "manager", Map.of("managerName", "Jo Birch", "managerEmail", "jo@provider-a.example"));
        section(application, "how", Map.of("howSafe", "Trained staff, safe premises", "howWellLed", "Clear governance"));
        browser.open(application);
        browser.click("a[href*='section=documents']");
        browser.waitForPath("/portal/registration/section.xhtml");
        Path empty = Files.createTempFile("empty", ".pdf");
        new Select(browser.find("#section\\:documentKind")).selectByValue("STATEMENT_OF_PURPOSE");
        browser.find("#section\\:file").sendKeys(empty.toAbsolutePath().toString());
        browser.click("#section\\:upload");
        browser.waitFor(".app-error-summary");
        assertTrue(browser.text(".app-error-summary").contains("The file you chose is empty"),
                browser.text(".app-error-summary"));
        upload("STATEMENT_OF_PURPOSE", "statement-of-purpose");
        upload("SAFEGUARDING_POLICY", "safeguarding");
        browser.assertAccessible();
        browser.click("#section\\:save");
        browser.waitForPath("/portal/registration/application.xhtml");
        assertEquals("Completed", browser.text("#task-documents-status"));

        browser.click("#checkAnswers");
        browser.waitForPath("/portal/registration/check.xhtml");
        browser.assertAccessible();
        assertTrue(browser.text("main").contains("Birch Court"));
        browser.click("#check\\:submit");
        browser.waitFor(".app-error-summary");
        browser.click("#check\\:declaration");
        browser.click("#check\\:submit");
        browser.waitForPath("/portal/registration/application.xhtml");
        assertEquals("Submitted", browser.text("#status"));
        String sent = browser.text("main");
        assertTrue(sent.contains("What you sent") && sent.contains("Birch Court") && sent.contains("Jo Birch"),
                "the provider can still read what it submitted: " + sent);
        assertTrue(sent.contains(Days.written(today.plusMonths(2))), "its start date in words");
        browser.assertAccessible();
        browser.signOut();

        browser.signIn(DemoUsers.REGISTRATION, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/index.xhtml");
        browser.open("/staff/registration/index.xhtml");
        browser.assertAccessible();
        browser.open("/staff/registration/application.xhtml?id=" + id);
        browser.assertAccessible();
        browser.click("#validation\\:validate");
        browser.waitFor("#assign\\:inspectorId");
        new Select(browser.find("#assign\\:inspectorId")).selectByIndex(1);
        browser.click("#assign\\:assignButton");
        browser.waitFor("#request\\:question");
        browser.type("request:question", "Please send your staffing rota");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.find("#request\\:dueOn"), today.plusDays(10).toString());
        browser.click("#request\\:ask");
        browser.waitFor(".app-notice");
        browser.assertAccessible();
        browser.signOut();

        browser.signIn(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        browser.waitForPath("/portal/index.xhtml");
        browser.open(application);
        browser.assertAccessible();
        WebElement answer = browser.find("#requests textarea");
        answer.sendKeys("Two carers on every shift; rota attached to our statement of purpose");
        browser.find("#requests input[type='submit']").click();
        browser.waitFor(".app-notice");
        assertTrue(browser.text("main").contains("Two carers on every shift"));
        browser.signOut();

        browser.signIn(DemoUsers.REGISTRATION, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/index.xhtml");
        browser.open("/staff/registration/application.xhtml?id=" + id);
        assertTrue(browser.text("main").contains("Two carers on every shift"));
        browser.type("decision:reasons", "Meets the requirements of registration");
        browser.clickAndCancel("#decision\\:grant");
        assertTrue(browser.text("main").contains("Two carers on every shift"), "no answer, no grant");
        browser.clickAndConfirm("#decision\\:grant");
        browser.waitFor("#newLocation");
        assertEquals("Granted", browser.text("#status"));
        browser.assertAccessible();
        String location = browser.text("#newLocation");
        browser.open("/staff/registration/dashboard.xhtml");
        browser.assertAccessible();
        browser.signOut();

        browser.open("/location.xhtml?id=" + location);
        browser.assertAccessible();
        assertTrue(browser.text("main").contains("Birch Court"), browser.text("main"));
        assertTrue(browser.text("main").contains("Nursing care"), browser.text("main"));

        browser.signIn(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        browser.waitForPath("/portal/index.xhtml");
        browser.open("/portal/notices/index.xhtml");
        browser.assertAccessible();
        browser.open(application);
        browser.findAll("#notices a").stream().filter(l -> l.getText().startsWith("Notice of decision")).findFirst()
                .orElseThrow().click();
        browser.waitForPath("/portal/notices/view.xhtml");
        browser.assertAccessible();
        assertTrue(browser.text("main").contains("Notice of decision"), browser.text("main"));
    }
}
