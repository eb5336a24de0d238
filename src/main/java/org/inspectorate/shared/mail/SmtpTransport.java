package org.inspectorate.shared.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Hands one message to the SMTP server of the Liberty mail session {@code mail/appMail} (SMTP_HOST,
 * SMTP_PORT, MAIL_FROM). Brief outages are retried here; longer ones are left to the outbox sweeper.
 */
@ApplicationScoped
public class SmtpTransport {

    @Resource(lookup = "mail/appMail")
    Session session;

    @Retry(maxRetries = 2, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            jitterDelayUnit = ChronoUnit.MILLIS, retryOn = MessagingException.class)
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    public void send(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }
}
