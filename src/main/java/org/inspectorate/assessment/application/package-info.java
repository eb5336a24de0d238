/**
 * Use cases of the assessment context: open an assessment, record evidence, scores, breaches and overrides, submit,
 * approve (which fires {@link org.inspectorate.assessment.application.AssessmentApproved} inside the transaction, so
 * that the ratings are published with the approval or not at all), and the queries the screens, the API and the
 * ratings context read.
 */
package org.inspectorate.assessment.application;
