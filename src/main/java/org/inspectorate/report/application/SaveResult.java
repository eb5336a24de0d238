package org.inspectorate.report.application;

import java.time.Instant;

/** The outcome of a save: the section's version now, and whether this save made a new one. */
public record SaveResult(String section, int version, boolean changed, Instant savedAt, Instant leaseExpiresAt) {
}
