package org.inspectorate.report.application;

import java.time.Instant;

/** A section's current text and who holds its editing lease, if anyone. */
public record SectionRecord(String key, String label, String anchor, String html, int version, Instant updatedAt,
        String updatedBy, String leaseHolder, Instant leaseExpiresAt, Long leaseHolderId) {
}
