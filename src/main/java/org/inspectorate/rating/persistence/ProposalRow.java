package org.inspectorate.rating.persistence;

import java.time.Instant;

/**
 * Ratings proposed at an assessment's approval, as stored; {@code ratings} holds overall, safe, effective, caring,
 * responsive, well-led. {@code state} is PROPOSED, PUBLISHED or WITHDRAWN.
 */
public record ProposalRow(long assessmentId, String locationId, String providerId, String methodologyCode,
        String[] ratings, String state, Instant proposedAt, Instant decidedAt, Long reportId) {

    public boolean published() {
        return "PUBLISHED".equals(state);
    }
}
