package org.inspectorate.triage.application;

/** Fired when triage items are opened or change, so that counts of queues are taken again once it commits. */
public record TriageQueuesChanged() {
}
