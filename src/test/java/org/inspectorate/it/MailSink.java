package org.inspectorate.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in the test JVM, on the port the test Liberty server sends to
 * ({@code it.smtp.port}). One server for the whole run, started on first use; tests find their messages
 * by recipient, so they never see each other's mail.
 */
public final class MailSink {

    private static GreenMail server;

    private MailSink() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            int port = Integer.getInteger("it.smtp.port", 3025);
            ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            // On a loaded 2-core machine start-up can take longer than GreenMail's default 2 s.
            setup.setServerStartupTimeout(20_000);
            GreenMail started = new GreenMail(setup);
            started.start();
            server = started;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
        }
        return server;
    }

    /** Stops the server for a while (tests of sending while the mail server is down). */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public record Mail(String to, String subject, String body, Instant receivedAt) {
        /** The first link in the body that starts with this path, made relative to the site. */
        public String link(String path) {
            Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "[^\\s]*)").matcher(body);
            if (!m.find()) {
                throw new AssertionError("No link to " + path + " in:\n" + body);
            }
            return m.group(1);
        }
    }

    /** The newest message to this address whose subject contains the text, waiting up to the timeout. */
    public static Mail await(String to, String subjectContains, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<Mail> found = find(to, subjectContains);
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No email to " + to + " about '" + subjectContains + "' within " + timeout);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static long count(String to, String subjectContains) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> matches(m, to, subjectContains)).count();
    }

    private static Optional<Mail> find(String to, String subjectContains) {
        MimeMessage[] all = server().getReceivedMessages();
        for (int i = all.length - 1; i >= 0; i--) {
            if (matches(all[i], to, subjectContains)) {
                return Optional.of(toMail(all[i]));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(MimeMessage m, String to, String subjectContains) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString()
                    .equalsIgnoreCase(to)) && m.getSubject().contains(subjectContains);
        } catch (MessagingException e) {
            return false;
        }
    }

    private static Mail toMail(MimeMessage m) {
        try {
            Object content = m.getContent();
            String body = content instanceof String s ? s : GreenMailUtil.getBody(m);
            return new Mail(m.getRecipients(Message.RecipientType.TO)[0].toString(), m.getSubject(), body,
                    Instant.now());
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
