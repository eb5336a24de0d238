package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.inspectorate.demo.RegisterGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The recovery route that does not depend on an organisation's administrators: a public request to the
 * regulator, checked by a registration officer against the register, granted as an administrator invitation
 * (or rejected with a reason), each step audited; the queue's size and age are metrics.
 */
@ExtendWith(ArquillianExtension.class)
class AccessRecoveryIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** A provider of the demo register that has no portal users at all. */
    private static final String PROVIDER = RegisterGenerator.providerId(3);

    private WebClient.Response request(String email, String reason) {
        return new WebClient(base).submit("/portal-access-request.xhtml", "recovery", Map.of("providerId", PROVIDER,
                "name", "Sam Requester", "email", email, "capacity", "Registered manager", "reason", reason), "submit");
    }

    @Test
    void staffGrantARequestAndTheRequesterBecomesAnAdministrator() {
        MailSink.server();
        String email = PortalUsers.uniqueEmail("requester");
        WebClient.Response missing = new WebClient(base).submit("/portal-access-request.xhtml", "recovery",
                Map.of("providerId", "nonsense"), "submit");
        assertTrue(missing.body().contains("Enter your organisation's provider id"), missing.body());
        assertTrue(missing.body().contains("Enter your full name"));

        assertEquals(302, request(email, "Our only administrator has left the company.").status());
        MailSink.await(email, "We have your request", Duration.ofSeconds(15));
        assertTrue(new WebClient(base).get("/metrics").body().contains("access_recovery_requests_pending"));

        WebClient officer = PortalUsers.signedIn(base, DemoUsers.REGISTRATION, DemoUsers.PASSWORD);
        WebClient.Response queue = officer.get("/staff/access-requests.xhtml");
        assertEquals(200, queue.status());
        assertTrue(queue.body().contains("Sam Requester"), queue.body());
        String page = "/staff/provider-access.xhtml?id=" + PROVIDER;
        WebClient.Response provider = officer.get(page);
        assertTrue(provider.body().contains("Not on the register at this address"), provider.body());
        assertTrue(provider.body().contains("Nominated individual") || provider.body().contains("Registered manager"));

        WebClient.Response unverified = officer.submit(page, "decide", Map.of("note", ""), "grant");
        assertTrue(unverified.body().contains("Confirm that you have checked the requester"), unverified.body());
        WebClient.Response granted = officer.submit(page, "decide", Map.of("verified", "true", "note",
                "Checked by phone with the nominated individual"), "grant");
        assertEquals(302, granted.status(), granted.body());

        String link = MailSink.await(email, "invitation", Duration.ofSeconds(15)).link("/accept-invitation.xhtml");
        assertEquals(302, PortalUsers.accept(base, link, "Sam Requester", PortalUsers.PASSWORD).status());
        WebClient admin = new WebClient(base).basicAuth(email, PortalUsers.PASSWORD);
        assertEquals(PROVIDER, admin.get("/api/v1/portal/me").json().getString("providerId"));
        assertEquals(200, admin.get("/api/v1/portal/users").status(), "the new administrator manages the team");
        assertTrue(PortalUsers.audit(base, "action=ACCESS_RECOVERY_GRANTED&person=" + DemoUsers.REGISTRATION)
                .getInt("total") >= 1);
        assertTrue(PortalUsers.audit(base, "action=ACCESS_RECOVERY_REQUESTED").getInt("total") >= 1);
    }

    @Test
    void aRejectedRequestIsExplainedToTheRequester() {
        String email = PortalUsers.uniqueEmail("rejected");
        assertEquals(302, request(email, "Please give me access.").status());
        WebClient officer = PortalUsers.signedIn(base, DemoUsers.ADMIN, DemoUsers.PASSWORD);
        String page = "/staff/provider-access.xhtml?id=" + PROVIDER;
        WebClient.Response noReason = officer.submit(page, "decide", Map.of("note", ""), "reject");
        assertTrue(noReason.body().contains("Enter the reason"), noReason.body());
        assertEquals(302, officer.submit(page, "decide", Map.of("note", "The register does not name you."), "reject")
                .status());
        assertTrue(MailSink.await(email, "Your request for portal access", Duration.ofSeconds(15)).body()
                .contains("The register does not name you."));
    }

    @Test
    void onlyRegistrationOfficersAndAdministratorsManageAccess() {
        WebClient inspector = PortalUsers.signedIn(base, DemoUsers.INSPECTOR, DemoUsers.PASSWORD);
        assertEquals(403, inspector.get("/staff/access-requests.xhtml").status());
        assertEquals(403, inspector.get("/staff/provider-access.xhtml?id=" + PROVIDER).status());
        assertEquals(404, PortalUsers.signedIn(base, DemoUsers.ADMIN, DemoUsers.PASSWORD)
                .get("/staff/provider-access.xhtml?id=1-999999999").status());
    }
}
