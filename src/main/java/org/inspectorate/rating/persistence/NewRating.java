package org.inspectorate.rating.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A rating to publish (it replaces the location's current one) or to propose (it waits for its report). */
public record NewRating(String locationId, String providerId, long assessmentId, String methodologyCode,
        String[] ratings, LocalDate oldestEvidence, LocalDate latestEvidence, String explanation, String cause,
        Long jobId, Instant reportPublishedAt, Long reportId) {
}
