package org.inspectorate.assessment.application;

/**
 * Fired inside the approving transaction: observers (the ratings context) publish the assessment's ratings in the
 * same transaction, so an approval and its published ratings commit or roll back together.
 */
public record AssessmentApproved(long assessmentId, String locationId) {
}
