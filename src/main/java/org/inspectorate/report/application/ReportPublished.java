package org.inspectorate.report.application;

import java.time.Instant;

/**
 * Fired (observe with {@code during = AFTER_SUCCESS}) when an inspection report is published. Ratings publish
 * the assessment's ratings with it; a report opened for a location directly has no assessment.
 */
public record ReportPublished(long reportId, String locationId, Long assessmentId, Instant publishedAt) {
}
