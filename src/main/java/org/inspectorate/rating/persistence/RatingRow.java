package org.inspectorate.rating.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A published rating as stored; {@code ratings} holds overall, safe, effective, caring, responsive, well-led. */
public record RatingRow(long id, String locationId, String providerId, long assessmentId, String methodologyCode,
        String[] ratings, LocalDate oldestEvidence, LocalDate latestEvidence, String explanation, String cause,
        Instant publishedAt, Instant reportPublishedAt, boolean current, Long reportId) {

    /** These ratings as a new row to publish for another reason (a withdrawal putting them back). */
    public NewRating republished(String newCause) {
        return new NewRating(locationId, providerId, assessmentId, methodologyCode, ratings, oldestEvidence,
                latestEvidence, explanation, newCause, null, reportPublishedAt, reportId);
    }
}
