package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.inspectorate.demo.RegisterGenerator;
import org.inspectorate.identity.domain.Mfa;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The provider portal accounts journey in a real browser, every page checked with axe-core: an
 * administrator invites a colleague, the colleague accepts and signs in, the administrator grants them
 * cover, the colleague resets a forgotten password from the email within seconds, sets up an authenticator
 * app and signs in with a code.
 */
@ExtendWith(ArquillianExtension.class)
class PortalAccountsJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void start() {
        MailSink.server();
        browser = new Browser(base);
    }

    @AfterEach
    void stop(org.junit.jupiter.api.TestInfo test) {
        browser.keepEvidence(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
        browser.close();
    }

    @Test
    void inviteAcceptCoverResetAndSignInWithACode() {
        String colleague = PortalUsers.uniqueEmail("colleague");
        String ownLocation = RegisterGenerator.locationId(4);
        String coveredLocation = RegisterGenerator.locationId(0);

        // The administrator invites a colleague, after a first attempt with nothing filled in.
        browser.signIn(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        browser.waitForPath("/portal/index.xhtml");
        browser.clickLink("Team");
        browser.waitForPath("/portal/team/index.xhtml");
        browser.assertAccessible();
        browser.click("#invite");
        browser.waitForPath("/portal/team/invite.xhtml");
        browser.assertAccessible();
        browser.click("#invite\\:send");
        browser.waitFor(".app-error-summary");
        assertTrue(browser.text(".app-error-summary").contains("Enter their email address"));
        browser.assertAccessible();
        browser.type("invite:email", colleague);
        browser.type("invite:name", "Robin Colleague");
        browser.click("input[name='invite:role'][value='LOCATION_MANAGER']");
        browser.click("input[name='invite:locations'][value='" + ownLocation + "']");
        browser.click("#invite\\:send");
        browser.waitForPath("/portal/team/index.xhtml");
        assertTrue(browser.text("main").contains("We have emailed an invitation to " + colleague));
        assertTrue(browser.text("#invitations").contains(colleague));
        browser.signOut();

        // The colleague accepts from the email and signs in.
        String link = PortalUsers.invitationLink(colleague);
        browser.open(link);
        browser.waitFor("#accept\\:submit");
        browser.assertAccessible();
        browser.type("accept:password", PortalUsers.PASSWORD);
        browser.type("accept:confirm", PortalUsers.PASSWORD);
        browser.click("#accept\\:submit");
        browser.waitForPath("/portal/index.xhtml");
        assertTrue(browser.text("main").contains("Your account has been created and you are signed in"),
                "signed in straight away, not sent to sign in again");
        browser.assertAccessible();
        assertTrue(browser.text("#my-locations").contains(ownLocation));
        browser.open("/portal/location.xhtml?id=" + coveredLocation);
        assertTrue(browser.text("main").contains("You cannot see this page"), "no cover yet");
        browser.open("/portal/index.xhtml");
        browser.signOut();

        // The administrator gives the colleague cover of Chris Contributor's locations for a week.
        browser.signIn(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        browser.waitForPath("/portal/index.xhtml");
        browser.open("/portal/team/index.xhtml");
        browser.clickLink("Robin Colleague");
        browser.waitForPath("/portal/team/member.xhtml");
        browser.assertAccessible();
        Select covered = new Select(browser.find("#cover\\:covered"));
        WebElement chris = covered.getOptions().stream().filter(o -> o.getText().contains("Chris Contributor"))
                .findFirst().orElseThrow();
        covered.selectByValue(chris.getAttribute("value"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        browser.type("cover:startsOn", "31 2 2026");
        browser.type("cover:endsOn", today.plusDays(7).getDayOfMonth() + " " + today.plusDays(7).getMonthValue() + " "
                + today.plusDays(7).getYear());
        browser.click("#cover\\:grant");
        browser.waitFor(".app-error-summary");
        assertTrue(browser.text(".app-error-summary").contains("real date"));
        browser.assertAccessible();
        browser.type("cover:startsOn", today.getDayOfMonth() + " " + today.getMonthValue() + " " + today.getYear());
        browser.click("#cover\\:grant");
        browser.waitFor(".app-notice");
        assertTrue(browser.text("main").contains("now has cover"), browser.text("main"));
        browser.open("/portal/team/index.xhtml");
        assertTrue(browser.text("#cover").contains("Robin Colleague"));
        browser.signOut();

        // The colleague forgets their password: the email arrives within seconds.
        browser.open("/sign-in.xhtml");
        browser.click("#forgot-password");
        browser.waitForPath("/forgot-password.xhtml");
        browser.assertAccessible();
        browser.type("forgot:email", colleague);
        Instant asked = Instant.now();
        browser.click("#forgot\\:submit");
        browser.waitFor(".app-notice");
        MailSink.Mail reset = MailSink.await(colleague, "Reset your password", Duration.ofSeconds(5));
        long millis = Duration.between(asked, Instant.now()).toMillis();
        System.out.printf("Browser journey: reset email in the inbox %d ms after pressing the button%n", millis);
        assertTrue(millis < 5000, "reset email took " + millis + " ms");
        browser.open(reset.link("/reset-password.xhtml"));
        browser.waitFor("#reset\\:submit");
        browser.assertAccessible();
        String newPassword = "robin's new password 2026";
        browser.type("reset:password", newPassword);
        browser.type("reset:confirm", newPassword);
        browser.click("#reset\\:submit");
        browser.waitForPath("/portal/index.xhtml");
        assertTrue(browser.text("main").contains("Your password has been changed"), "signed in with the new password");
        assertTrue(browser.text("#my-locations").contains(coveredLocation), "covered locations are listed");
        browser.open("/portal/location.xhtml?id=" + coveredLocation);
        assertTrue(browser.text("h1").length() > 0 && !browser.text("main").contains("You cannot see this page"),
                "cover gives access to the covered location");

        // The colleague sets up an authenticator app from the QR code.
        browser.clickLink("Your account");
        browser.waitForPath("/account/index.xhtml");
        browser.assertAccessible();
        browser.click("#manage-mfa");
        browser.waitForPath("/account/mfa.xhtml");
        browser.waitFor("#mfa-qr");
        browser.assertAccessible();
        String secret = browser.text("#mfa-secret").replace(" ", "");
        long step = Mfa.stepAt(Instant.now());
        browser.type("enrol:code", Mfa.codeAt(secret, step));
        browser.click("#enrol\\:confirm");
        browser.waitFor("#recovery-codes");
        browser.assertAccessible();
        assertEquals(10, browser.findAll("#recovery-codes li").size());
        browser.signOut();

        // Signing in now needs a code from the app.
        browser.signIn(colleague, newPassword);
        browser.waitForPath("/sign-in-code.xhtml");
        browser.assertAccessible();
        browser.type("second:code", "000000");
        browser.click("#second\\:submit");
        browser.waitFor(".app-error-summary");
        browser.assertAccessible();
        browser.type("second:code", Mfa.codeAt(secret, step + 1));
        browser.click("#second\\:submit");
        browser.waitForPath("/portal/index.xhtml");
        assertTrue(browser.text(".app-account").contains("Robin Colleague"), "the header names the person, not their address");
        browser.clickLink("Your account");
        browser.waitForPath("/account/index.xhtml");
        browser.click("#change-password");
        browser.waitForPath("/account/password.xhtml");
        browser.assertAccessible();
        browser.type("password:current", "not my password at all");
        browser.click("#password\\:submit");
        browser.waitFor(".app-error-summary");
        browser.assertAccessible();
    }

    @Test
    void aRequestForANewAdministratorReachesTheRegulatorsStaff() {
        browser.open("/portal-access.xhtml");
        browser.assertAccessible();
        browser.clickLink("ask us for a new administrator");
        browser.waitForPath("/portal-access-request.xhtml");
        browser.click("#recovery\\:submit");
        browser.waitFor(".app-error-summary");
        browser.assertAccessible();
        browser.type("recovery:providerId", RegisterGenerator.providerId(4));
        browser.type("recovery:name", "Jo Browser");
        browser.type("recovery:email", PortalUsers.uniqueEmail("jo"));
        browser.type("recovery:capacity", "Director");
        browser.type("recovery:reason", "Our administrator is on long-term sick leave.");
        browser.click("#recovery\\:submit");
        browser.waitFor(".app-notice");
        browser.assertAccessible();

        browser.signIn(DemoUsers.REGISTRATION, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/index.xhtml");
        browser.clickLink("Provider access");
        browser.waitForPath("/staff/access-requests.xhtml");
        browser.assertAccessible();
        browser.clickLink(browser.find("#requests a").getText());
        browser.waitForPath("/staff/provider-access.xhtml");
        browser.assertAccessible();
        browser.click("#decide\\:grant");
        browser.waitFor(".app-error-summary");
        browser.assertAccessible();
        assertTrue(browser.text(".app-error-summary").contains("Confirm that you have checked"));
    }
}
