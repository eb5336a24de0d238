package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inspectorate.notification.domain.NotificationType;
import org.inspectorate.notification.domain.Samples;
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
 * The journeys in a real browser, every page checked with axe-core: a provider fills in, saves,
 * attaches a file to and submits notifications of every type from the portal; a member of the public gives
 * feedback and a worker blows the whistle; staff triage single items and in bulk; the backlog dashboard.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationJourneyIT {

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

    private void startDraft(NotificationType type) {
        browser.open("/portal/notifications/new.xhtml?location=" + NotificationApiIT.A_LOCATION);
        new Select(browser.find("#start\\:type")).selectByValue(type.name());
        browser.click("#start\\:begin");
        browser.waitForPath("/portal/notifications/draft.xhtml");
    }

    /** Fills the draft form from a sample, whatever kind each field is. */
    private void fill(Map<String, Object> values) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String id = "draft:" + e.getKey();
            WebElement el = browser.driver().findElement(By.id(id));
            if (el.getTagName().equals("fieldset") && !browser.findAll("[id='" + id + "-day']").isEmpty()) {
                // a date in three boxes: "2026-11-23" typed as 23, 11, 2026
                String[] ymd = String.valueOf(e.getValue()).split("-");
                browser.type(id + "-day", ymd[2]);
                browser.type(id + "-month", ymd[1]);
                browser.type(id + "-year", ymd[0]);
            } else if (el.getTagName().equals("select")) {
                new Select(el).selectByValue(String.valueOf(e.getValue()));
            } else if (e.getValue() instanceof List<?> codes) {
                for (Object code : codes) {
                    el.findElement(By.cssSelector("input[value='" + code + "']")).click();
                }
            } else {
                ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", el,
                        String.valueOf(e.getValue()));
            }
        }
    }

    @Test
    void aProviderSubmitsEveryTypeOfNotificationFromThePortal() throws Exception {
        MailSink.server();
        browser.signIn(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        browser.waitForPath("/portal/index.xhtml");
        browser.open("/portal/notifications/index.xhtml");
        browser.assertAccessible();
        browser.open("/portal/notifications/new.xhtml");
        browser.assertAccessible();

        startDraft(NotificationType.SERIOUS_INJURY);
        browser.assertAccessible();
        String draftUrl = browser.path();
        Map<String, Object> sample = Samples.valid(NotificationType.SERIOUS_INJURY);
        fill(Map.of("serviceUserReference", sample.get("serviceUserReference"), "whatHappened", sample.get("whatHappened")));
        browser.click("#draft\\:save");
        browser.waitFor(".app-notice");
        browser.open(draftUrl);
        assertEquals(sample.get("whatHappened"), browser.find("#draft\\:whatHappened").getAttribute("value"),
                "the draft is kept on the server");

        browser.click("#draft\\:submit");
        browser.waitFor(".app-error-summary");
        browser.assertAccessible();
        assertTrue(browser.text(".app-error-summary").contains("Enter date of the injury"), browser.text(".app-error-summary"));
        assertEquals(sample.get("whatHappened"), browser.find("#draft\\:whatHappened").getAttribute("value"),
                "nothing typed is lost when the checks refuse");

        Path file = Files.createTempFile("falls-policy", ".pdf");
        Files.write(file, FileUploads.pdf(3000));
        browser.find("#draft\\:file").sendKeys(file.toAbsolutePath().toString());
        browser.click("#draft\\:upload");
        browser.waitFor("#files");
        assertTrue(browser.text("#files").contains("falls-policy"));

        fill(sample);
        browser.click("#draft\\:submit");
        browser.waitForPath("/portal/notifications/view.xhtml");
        browser.assertAccessible();
        assertTrue(browser.text("#reference").matches("NTF-[2-9A-Z]{4}-[2-9A-Z]{4}"), browser.text("#reference"));
        assertTrue(browser.text("main").contains("falls-policy"));
        String reference = browser.text("#reference");
        MailSink.Mail receipt = MailSink.await(DemoUsers.PROVIDER_A, reference, java.time.Duration.ofSeconds(30));
        assertTrue(receipt.body().contains(NotificationType.SERIOUS_INJURY.label())
                && receipt.body().contains(NotificationApiIT.A_LOCATION)
                && receipt.link("/portal/notifications/view.xhtml").endsWith("ref=" + reference), receipt.body());

        browser.open("/portal/notifications/new.xhtml?location=" + NotificationApiIT.A_LOCATION);
        List<String> offered = browser.findAll("#start\\:type option").stream().map(o -> o.getAttribute("value"))
                .toList();
        for (NotificationType type : NotificationType.values()) {
            boolean applies = org.inspectorate.notification.domain.NotificationAudience.appliesTo(type,
                    List.of("DENTAL"));
            assertEquals(applies, offered.contains(type.name()), type + " at a dental practice: " + offered);
            if (type == NotificationType.SERIOUS_INJURY || !applies) {
                continue;
            }
            startDraft(type);
            browser.assertAccessible();
            fill(Samples.valid(type));
            browser.click("#draft\\:submit");
            browser.waitForPath("/portal/notifications/view.xhtml");
            assertTrue(browser.text("h1").equals(type.label()), type + ": " + browser.text("main"));
        }
        browser.open("/portal/notifications/index.xhtml");
        browser.assertAccessible();
        assertTrue(browser.text("#submitted\\:notifications").contains("liquidator"));
    }

    @Test
    void aMemberOfThePublicGivesFeedbackAndAWorkerBlowsTheWhistle() {
        browser.open("/location.xhtml?id=" + NotificationApiIT.B_LOCATION);
        browser.clickLink("Give feedback on care at this service");
        browser.waitForPath("/give-feedback.xhtml");
        browser.assertAccessible();
        browser.click("#concern\\:submit");
        browser.waitFor(".app-error-summary");
        browser.assertAccessible();
        assertTrue(browser.text(".app-error-summary").contains("Choose what your concern is mainly about"));

        new Select(browser.find("#concern\\:topic")).selectByValue("STAFFING");
        browser.type("concern:whatHappened", "Only one carer on duty at night for twenty residents.");
        new Select(browser.find("#concern\\:relationship")).selectByValue("FAMILY_OR_FRIEND");
        new Select(browser.find("#concern\\:immediateRisk")).selectByValue("false");
        new Select(browser.find("#concern\\:raisedWithProvider")).selectByValue("YES");
        browser.click("#concern\\:anonymous");
        browser.click("#concern\\:submit");
        browser.waitForPath("/feedback-received.xhtml");
        browser.assertAccessible();
        assertTrue(browser.text("#reference").matches("GFC-[2-9A-Z]{4}-[2-9A-Z]{4}"), browser.text("main"));

        browser.open("/whistleblowing.xhtml");
        browser.assertAccessible();
        browser.type("concern:serviceName", "Hilltop Care Home");
        browser.type("concern:serviceTown", "Leeds");
        new Select(browser.find("#concern\\:topic")).selectByValue("ABUSE_OR_NEGLECT");
        browser.type("concern:whatHappened", "Residents are left in wet beds for hours and managers know.");
        new Select(browser.find("#concern\\:relationship")).selectByValue("WORKS_THERE");
        new Select(browser.find("#concern\\:immediateRisk")).selectByValue("true");
        new Select(browser.find("#concern\\:raisedWithProvider")).selectByValue("YES");
        browser.type("concern:name", "Robin Worker");
        browser.type("concern:email", "robin@example.com");
        browser.click("#concern\\:mayContact");
        browser.click("#concern\\:submit");
        browser.waitForPath("/feedback-received.xhtml");
        assertTrue(browser.text("#reference").startsWith("WB-"));
    }

    @Test
    void staffTriageSingleItemsAndInBulkAndSeeTheBacklog() {
        WebClient api = new WebClient(base).bearer(org.inspectorate.demo.DemoAccounts.PROVIDER_A_API_KEY);
        for (NotificationType type : List.of(NotificationType.POLICE_INCIDENT, NotificationType.INJURY_NEEDING_TREATMENT,
                NotificationType.ABUSE_OR_ALLEGATION, NotificationType.SERIOUS_INJURY)) {
            assertEquals(201, api.postJson("/api/v1/notifications",
                    NotificationJson.valid(type, NotificationApiIT.A_LOCATION)).status());
        }
        browser.signIn(DemoUsers.INSPECTOR, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/index.xhtml");
        browser.open("/staff/triage/index.xhtml");
        browser.assertAccessible();
        browser.find("#bulk\\:queue a").click();
        browser.waitForPath("/staff/triage/item.xhtml");
        browser.assertAccessible();
        String reference = browser.text("h1");
        if (browser.findAll("#claim\\:go").size() > 0) {
            browser.click("#claim\\:go");
            browser.waitFor(".app-notice");
            assertTrue(browser.text("#state").contains("Assigned"), browser.text("#state"));
        }
        new Select(browser.find("#decide\\:outcome")).selectByValue("MONITOR");
        browser.click("#decide\\:go");
        browser.waitFor(".app-error-summary");
        browser.assertAccessible();
        browser.type("decide:reasons", "Provider has an action plan; we will check at the next assessment.");
        browser.click("#decide\\:go");
        browser.waitFor(".app-notice");
        assertTrue(browser.text("#state").startsWith("Closed"), browser.text("#state"));
        assertTrue(browser.text("#decisions").contains("action plan"));
        browser.assertAccessible();
        browser.signOut();

        browser.signIn(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/index.xhtml");
        browser.open("/staff/triage/index.xhtml?state=NEW");
        browser.assertAccessible();
        List<WebElement> boxes = browser.findAll("#bulk\\:queue_data .ui-selection-column .ui-chkbox-box");
        assertTrue(boxes.size() >= 3, "at least three new items");
        boxes.get(0).click();
        boxes.get(1).click();
        new Select(browser.find("#bulk\\:assignee")).selectByVisibleText("Ivy Inspector");
        browser.click("#bulk\\:assign");
        browser.waitFor(".app-notice");
        assertTrue(browser.text(".app-notice").contains("2 item(s) changed"), browser.text(".app-notice"));
        browser.open("/staff/triage/index.xhtml?state=NEW");
        browser.findAll("#bulk\\:queue_data .ui-selection-column .ui-chkbox-box").get(0).click();
        new Select(browser.find("#bulk\\:outcome")).selectByValue("NO_FURTHER_ACTION");
        browser.type("bulk:reasons", "Duplicate of an earlier notification");
        browser.click("#bulk\\:decide");
        browser.waitFor(".app-notice");
        assertTrue(browser.text(".app-notice").contains("1 item(s) changed"));

        browser.open("/staff/triage/backlog.xhtml");
        browser.waitFor("#ages");
        browser.assertAccessible();
        assertTrue(Long.parseLong(browser.text("#open")) > 0);
        String queues = browser.text("#queues");
        assertTrue(java.util.Arrays.stream(org.inspectorate.triage.domain.Team.values())
                .anyMatch(t -> queues.contains(t.label())), "the backlog names the teams' queues: " + queues);

        browser.open("/staff/location.xhtml?id=" + NotificationApiIT.A_LOCATION);
        browser.clickLink("Notifications and concerns about this location");
        browser.waitForPath("/staff/location-timeline.xhtml");
        browser.assertAccessible();
        assertTrue(browser.text("#timeline\\:items").contains("NTF-"));
        assertTrue(reference.length() > 0);
    }
}
