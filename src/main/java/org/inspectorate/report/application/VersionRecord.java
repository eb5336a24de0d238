package org.inspectorate.report.application;

import java.time.Instant;

/** One saved version of a section; {@code html} is left out of lists. */
public record VersionRecord(String section, int version, Instant savedAt, String savedBy, Integer restoredFrom,
        String html) {
}
