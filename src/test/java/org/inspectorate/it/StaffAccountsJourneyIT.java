package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
 * In the browser: an administrator is refused an account without roles (the message by the field), adds an
 * inspector, finds them on the accounts page and suspends them. Every page passes the WCAG 2.2 AA check.
 */
@ExtendWith(ArquillianExtension.class)
class StaffAccountsJourneyIT {

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
    void anAdministratorAddsAndSuspendsAnInspector() {
        String email = "journey-" + System.nanoTime() + "@inspectorate.local";
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/");
        browser.clickLink("Manage staff accounts");
        browser.waitForPath("/staff/admin/accounts.xhtml");
        browser.assertAccessible();

        browser.type("add:name", "Jo Journey");
        browser.type("add:email", email);
        browser.click("#add\\:save");
        browser.waitFor(".app-error-summary");
        assertTrue(browser.text(".app-error-summary").contains("Choose at least one role"),
                browser.text(".app-error-summary"));
        browser.assertAccessible();

        browser.type("add:name", "Jo Journey");
        browser.type("add:email", email);
        browser.click("input[value='INSPECTOR']");
        new Select(browser.find("#add\\:team")).selectByValue("HOSPITALS");
        browser.click("#add\\:save");
        browser.waitFor(".app-notice");
        assertTrue(browser.text(".app-notice").contains("Jo Journey"), browser.text(".app-notice"));
        MailSink.await(email, "Your Inspectorate staff account", java.time.Duration.ofSeconds(30));

        browser.find("button[aria-label='Suspend Jo Journey'], input[aria-label='Suspend Jo Journey']").click();
        browser.waitFor(".app-notice");
        assertTrue(browser.text(".app-notice").contains("suspended"), browser.text(".app-notice"));
        browser.assertAccessible();
    }
}
