package org.inspectorate.assessment.domain;

/** An action the assessment's current state does not allow, such as scoring after approval. */
public class AssessmentConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AssessmentConflict(String message) {
        super(message);
    }
}
