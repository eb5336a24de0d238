package org.inspectorate.report.application;

import java.time.Instant;
import java.time.LocalDate;

/** A published report as listed on a location's public page. */
public record PublishedRecord(long publicationId, long reportId, Instant publishedAt, LocalDate siteVisitEndedOn) {
}
