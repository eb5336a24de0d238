package org.inspectorate.shared.mail;

/** The outbox as a queue: how many messages wait to be sent and how long the oldest has waited. */
public record OutboxStats(long unsent, long oldestAgeSeconds) {
}
