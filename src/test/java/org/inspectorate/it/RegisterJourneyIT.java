package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.inspectorate.demo.RegisterGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The register in a real browser: the public search, staff sign-in, search, a location, correcting its
 * details (with refused input first), the audit trail, and the provider portal. Every page visited is
 * checked with axe-core for WCAG 2.2 AA.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterJourneyIT {

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
    void aMemberOfThePublicSearchesTheRegister() {
        browser.open("/");
        browser.assertAccessible();
        browser.type("home-q", "a");
        browser.click("button[type=submit]");
        browser.waitFor("#results\\:locations");
        browser.assertAccessible();
        assertTrue(browser.text("#results\\:locations").contains("Registered"));
        browser.find("#results\\:locations a").click();
        browser.waitForPath("/location.xhtml");
        browser.assertAccessible();
        assertTrue(browser.text("main").contains("Regulated activities"));
        assertFalse(browser.text("main").contains("@"), "no personal email addresses on public pages");
    }

    @Test
    void aRegistrationOfficerCorrectsALocation() {
        String id = RegisterGenerator.locationId(1);
        browser.open("/staff/locations.xhtml");
        browser.waitForPath("/sign-in.xhtml");
        browser.assertAccessible();
        browser.type("signin:email", DemoUsers.REGISTRATION);
        browser.type("signin:password", "wrong password here");
        browser.click("#signin\\:submit");
        browser.waitFor(".app-error-summary");
        assertTrue(browser.driver().getTitle().startsWith("Error: "));
        browser.assertAccessible();

        browser.type("signin:password", DemoUsers.PASSWORD);
        browser.click("#signin\\:submit");
        browser.waitForPath("/staff/locations.xhtml");
        browser.type("filters:q", id);
        browser.click("#filters\\:search");
        browser.waitForPath("/staff/locations.xhtml?");
        browser.assertAccessible();
        browser.find("#results\\:locations a").click();
        browser.waitForPath("/staff/location.xhtml");
        browser.assertAccessible();
        assertTrue(browser.text("main").contains("@"), "staff see managers' contact details");

        browser.clickLink("Change details");
        browser.waitForPath("/staff/location-edit.xhtml");
        browser.assertAccessible();
        browser.type("edit:postcode", "NOT A POSTCODE");
        browser.type("edit:name", "");
        browser.click("#edit\\:save");
        browser.waitFor(".app-error-summary");
        browser.assertAccessible();
        String summary = browser.text(".app-error-summary");
        assertTrue(summary.contains("Enter the location name"), summary);
        assertTrue(summary.contains("Enter a real postcode"), summary);
        assertTrue(browser.text(".app-form-group--error").contains("Enter the location name"));

        browser.type("edit:name", "Corrected Name House");
        browser.type("edit:postcode", "ls1 4ab");
        browser.click("#edit\\:save");
        browser.waitForPath("/staff/location.xhtml");
        assertTrue(browser.text("main").contains("The location's details have been saved."));
        assertEquals("Corrected Name House", browser.text("h1"));
        assertTrue(browser.text("main").contains("LS1 4AB"));
        browser.signOut();

        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/index.xhtml");
        browser.assertAccessible();
        browser.open("/staff/admin/audit.xhtml");
        browser.type("audit:entityId", id);
        browser.click("#audit\\:search");
        browser.waitFor("#results\\:events");
        browser.assertAccessible();
        String trail = browser.text("#results\\:events");
        assertTrue(trail.contains("Location details changed"), "the action in words: " + trail);
        assertTrue(trail.contains(DemoUsers.REGISTRATION), trail);
        assertTrue(trail.contains("Corrected Name House"), trail);
    }

    @Test
    void aProviderUserSeesTheirOwnOrganisation() {
        browser.signIn(DemoUsers.PROVIDER_B, DemoUsers.PASSWORD);
        browser.waitForPath("/portal/index.xhtml");
        browser.assertAccessible();
        assertTrue(browser.text("main").contains(RegisterGenerator.providerId(1)));
        browser.find("#portal-locations\\:locations a").click();
        browser.waitForPath("/portal/location.xhtml");
        browser.assertAccessible();
    }
}
