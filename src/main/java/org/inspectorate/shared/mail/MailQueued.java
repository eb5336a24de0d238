package org.inspectorate.shared.mail;

/** Fired when a message is written to the outbox; observed after commit to send it at once. */
public record MailQueued(long id) {
}
