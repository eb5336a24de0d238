package org.inspectorate.shared.mail;

/**
 * A plain-text email to one recipient. {@code category} says what kind of email it is (for example
 * PASSWORD_RESET), for the outbox record and metrics; it is never shown to the recipient.
 */
public record OutgoingMail(String to, String subject, String body, String category) {

    public OutgoingMail {
        if (to == null || to.isBlank() || subject == null || body == null || category == null) {
            throw new IllegalArgumentException("An email needs a recipient, subject, body and category");
        }
        to = to.strip();
        subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
    }
}
