package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inspectorate.demo.RegisterGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password reset by email against a real SMTP server: the email arrives within seconds, the request never
 * waits for the mail server (even a hung one), the link works once, and using it ends every session.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebClient.Response requestReset(String email) {
        return new WebClient(base).submit("/forgot-password.xhtml", "forgot", Map.of("email", email), "submit");
    }

    @Test
    void theResetEmailArrivesWithinSecondsAndTheLinkWorksOnce() {
        String email = PortalUsers.create(base, DemoUsers.PROVIDER_A, "CONTRIBUTOR",
                List.of(RegisterGenerator.locationId(1)));
        WebClient other = PortalUsers.signedIn(base, email, PortalUsers.PASSWORD);
        assertEquals(200, other.get("/portal/index.xhtml").status());

        long asked = System.nanoTime();
        WebClient.Response r = requestReset(email);
        long requestMillis = (System.nanoTime() - asked) / 1_000_000;
        assertEquals(302, r.status(), r.body());
        MailSink.Mail mail = MailSink.await(email, "Reset your password", Duration.ofSeconds(5));
        long arrivedMillis = (System.nanoTime() - asked) / 1_000_000;
        System.out.printf("Password reset: request answered in %d ms, email arrived %d ms after the request%n",
                requestMillis, arrivedMillis);
        assertTrue(arrivedMillis < 5000, "email arrived after " + arrivedMillis + " ms");

        String link = mail.link("/reset-password.xhtml");
        WebClient web = new WebClient(base);
        WebClient.Response weak = web.submit(link, "reset", Map.of("password", "short", "confirm", "short"), "submit");
        assertEquals(200, weak.status());
        assertTrue(weak.body().contains("Password must be 12 characters or more"), weak.body());

        String newPassword = "a brand new password 2026";
        WebClient.Response done = web.submit(link, "reset", Map.of("password", newPassword, "confirm", newPassword),
                "submit");
        assertEquals(302, done.status(), done.body());
        assertTrue(done.header("Location").endsWith("/portal/index.xhtml"), "signed straight in: " + done.header("Location"));
        assertEquals(200, web.get("/portal/index.xhtml").status(), "the reset browser is signed in with the new password");
        assertEquals(302, other.get("/portal/index.xhtml").status(), "the old session has ended");
        PortalUsers.signedIn(base, email, newPassword);
        assertEquals(200, new WebClient(base).signIn(email, PortalUsers.PASSWORD).status(),
                "the old password no longer works");

        WebClient.Response again = new WebClient(base).get(link);
        assertTrue(again.body().contains("expired or has already been used"), "a used link does not work twice");
        MailSink.await(email, "Your password has been changed", Duration.ofSeconds(10));
        assertTrue(PortalUsers.audit(base, "action=PASSWORD_RESET_USED&person=" + email).getInt("total") >= 1);
        assertTrue(PortalUsers.audit(base, "action=PASSWORD_RESET_REQUESTED&person=" + email).getInt("total") >= 1);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoEmail() {
        String nobody = "nobody-" + System.nanoTime() + "@nowhere.example";
        WebClient.Response r = requestReset(nobody);
        assertEquals(302, r.status());
        WebClient.Response page = new WebClient(base).follow(r.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertFalse(page.body().contains(nobody));
        WebClient.Response bad = requestReset("not an address");
        assertTrue(bad.body().contains("Enter an email address in the right format"), bad.body());
        assertEquals(0, MailSink.count(nobody, "Reset"));
    }

    @Test
    void theRequestNeverWaitsForAHungMailServerAndTheEmailStillLeaves() throws Exception {
        String email = PortalUsers.create(base, DemoUsers.PROVIDER_A, "READ_ONLY", List.of());
        MailSink.stop();
        int port = Integer.getInteger("it.smtp.port", 3025);
        List<Socket> held = new ArrayList<>();
        try (ServerSocket tarpit = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"))) {
            Thread accepter = new Thread(() -> {
                try {
                    while (true) {
                        held.add(tarpit.accept());
                    }
                } catch (IOException e) {
                    // closed: the tarpit is over
                }
            });
            accepter.setDaemon(true);
            accepter.start();
            long asked = System.nanoTime();
            WebClient.Response r = requestReset(email);
            long millis = (System.nanoTime() - asked) / 1_000_000;
            System.out.printf("Password reset with a hung mail server: request answered in %d ms%n", millis);
            assertEquals(302, r.status());
            assertTrue(millis < 3000, "the request waited " + millis + " ms for the mail server");
            Thread.sleep(1500);
        } finally {
            for (Socket s : held) {
                try {
                    s.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            MailSink.server();
        }
        MailSink.Mail mail = MailSink.await(email, "Reset your password", Duration.ofSeconds(60));
        assertTrue(mail.body().contains("/reset-password.xhtml?token="));
        WebClient.Response metrics = new WebClient(base).get("/metrics");
        assertTrue(metrics.body().contains("mail_outbox_unsent"), "outbox size is a metric");
        assertTrue(metrics.body().contains("mail_outbox_oldest_unsent_seconds"), "outbox age is a metric");
    }
}
