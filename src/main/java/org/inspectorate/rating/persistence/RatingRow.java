package org.inspectorate.rating.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A published rating as stored; {@code ratings} holds overall, safe, effective, caring, responsive, well-led. */
public record RatingRow(long id, String locationId, String providerId, long assessmentId, String methodologyCode,
        String[] ratings, LocalDate oldestEvidence, LocalDate latestEvidence, String explanation, String cause,
        Instant publishedAt, Instant reportPublishedAt, boolean current) {
}
