/**
 * Assessments of a location under the Single Assessment Framework: the framework and methodology versions (reference
 * data), the assessment with its scope, team and dates, evidence items, scores with their rationale, breaches of
 * regulations found, and professional-judgement overrides needing a second person's approval. Entities guard their
 * own state: evidence and scores only while the assessment is open, approval only by someone other than the
 * submitter, an override decided only by someone other than its proposer.
 */
package org.inspectorate.assessment.domain;
