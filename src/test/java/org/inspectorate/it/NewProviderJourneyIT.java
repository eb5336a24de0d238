package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new provider in a browser: the public page (refused, then started), the link from the email, the task
 * list, a section refused by the field and then saved, the documents section (upload without script, list,
 * remove); every page passes the axe accessibility check.
 */
@ExtendWith(ArquillianExtension.class)
class NewProviderJourneyIT {

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
    void aNewProviderStartsOnThePublicPageAndFillsASectionWithTheLink() throws Exception {
        String email = "dee-" + TestData.freshId() + "@applicant.example";
        browser.open("/index.xhtml");
        browser.click("#applyToRegister");
        browser.waitForPath("/apply-to-register.xhtml");
        browser.assertAccessible();

        browser.click("#start\\:startButton");
        browser.waitFor(".app-error-summary, .app-error-message");
        browser.assertAccessible();

        browser.type("start:name", "Dee Applicant");
        browser.type("start:email", email);
        new Select(browser.find("#start\\:providerType")).selectByValue("ORGANISATION");
        browser.click("#start\\:startButton");
        browser.waitForPath("/apply-to-register.xhtml");
        String link = MailSink.await(email, "Your application to register", Duration.ofSeconds(30))
                .link("/applicant/application.xhtml?token=");

        browser.open(link);
        browser.waitFor("#tasks");
        browser.assertAccessible();

        browser.click("a[href*='section=provider']");
        browser.waitForPath("/applicant/section.xhtml");
        browser.type("section:providerName", "Dee Care Ltd");
        browser.type("section:postcode", "nowhere");
        browser.click("#section\\:save");
        browser.waitFor(".app-error-message");
        assertTrue(browser.driver().getPageSource().contains("Enter the organisation's Companies House number"));
        browser.assertAccessible();

        // The documents section: a plain upload form (no script needed), the list, removing one.
        browser.open(link);
        browser.waitFor("#tasks");
        browser.click("a[href*='section=documents']");
        browser.waitForPath("/applicant/section.xhtml");
        browser.waitFor("#noDocuments");
        browser.assertAccessible();
        browser.click("#section\\:upload");
        browser.waitFor(".app-error-message");
        browser.assertAccessible();
        upload("STATEMENT_OF_PURPOSE", "statement-of-purpose");
        upload("SAFEGUARDING_POLICY", "safeguarding");
        assertTrue(browser.text("#documents").contains("Statement of purpose"), browser.text("#documents"));
        assertTrue(browser.text("#documents").contains("Safeguarding policy"));
        browser.assertAccessible();
        browser.click("#section\\:save");
        browser.waitForPath("/applicant/application.xhtml");
        assertTrue(browser.text("#task-documents-status").contains("Completed"), browser.text("#task-documents-status"));
        browser.assertAccessible();

        browser.click("a[href*='section=documents']");
        browser.waitFor("#documents");
        browser.click("#documents input[type=submit]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#documents li")).size() == 1);
        browser.assertAccessible();
    }

    @Test
    void anApplicantReadsTheProposalToRefuseAndMakesRepresentations() {
        Applicants applicants = new Applicants(base);
        String email = "rex-" + TestData.freshId() + "@applicant.example";
        String token = applicants.start("Rex Applicant", email, "INDIVIDUAL");
        long id = applicants.completeAndSubmit(token, "Rex Care", email);
        WebClient staff = new WebClient(base).basicAuth(DemoUsers.REGISTRATION, DemoUsers.PASSWORD);
        staff.postJson(Applicants.STAFF + "/" + id + "/validate", "{}");
        long inspector = jakarta.json.Json.createReader(new java.io.StringReader(staff
                .get("/api/v1/staff/registration/inspectors").body())).readArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        staff.postJson(Applicants.STAFF + "/" + id + "/assign", "{\"inspectorId\":" + inspector + "}");
        assertTrue(staff.postJson(Applicants.STAFF + "/" + id + "/propose-refusal", "{\"reasons\":\"No safe"
                + " staffing plan\"}").status() == 200);

        browser.open("/applicant/application.xhtml?token=" + token);
        assertTrue(browser.text("#sent").contains("What you sent") && browser.text("main").contains("Rex Care"),
                "the applicant can still read what it submitted");
        browser.click("#notices");
        browser.waitForPath("/applicant/notice.xhtml");
        browser.waitFor("#represent");
        browser.assertAccessible();
        browser.click("#represent\\:send");
        browser.waitFor(".app-error-message");
        browser.assertAccessible();
        browser.type("represent:text", "We have recruited a deputy manager");
        browser.click("#represent\\:send");
        browser.waitFor(".representation");
        assertTrue(browser.text(".representation").contains("We have recruited a deputy manager"));
        browser.assertAccessible();
    }

    private void upload(String kind, String name) throws Exception {
        Path file = Files.createTempFile(name, ".pdf");
        Files.write(file, FileUploads.pdf(3000));
        int before = browser.findAll("#documents li").size();
        new Select(browser.find("#section\\:documentKind")).selectByValue(kind);
        browser.find("#section\\:file").sendKeys(file.toAbsolutePath().toString());
        browser.click("#section\\:upload");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#documents li")).size() == before + 1);
    }
}
