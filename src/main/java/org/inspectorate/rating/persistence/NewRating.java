package org.inspectorate.rating.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A rating to publish; it replaces the location's current one. */
public record NewRating(String locationId, String providerId, long assessmentId, String methodologyCode,
        String[] ratings, LocalDate oldestEvidence, LocalDate latestEvidence, String explanation, String cause,
        Long jobId, Instant reportPublishedAt) {
}
