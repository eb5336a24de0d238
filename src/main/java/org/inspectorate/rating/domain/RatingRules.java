package org.inspectorate.rating.domain;

/**
 * The scoring rules of one methodology version. A published rating keeps the code of the version it was worked
 * out under, so a later change of method never rewrites it.
 *
 * @param statementScoreOneLimits a key question whose percentage is Good or Outstanding but with a quality
 *        statement scored 1 is limited to Requires improvement
 * @param breachLimitsKeyQuestion a key question with a breach of regulations recorded against it is not rated
 *        above Requires improvement
 * @param breachLimitsOverall the overall rating is not better than Requires improvement while any breach of
 *        regulations is recorded
 * @param inadequateFrom this many Inadequate key questions make the overall Inadequate
 * @param requiresImprovementFrom this many key questions Requires improvement (or worse) make the overall
 *        Requires improvement; one Inadequate also does
 * @param outstandingFrom this many Outstanding key questions, with none below Good, make the overall Outstanding
 */
public record RatingRules(String methodologyCode, String methodologyName, ScoringMethod method, Bands bands,
        boolean statementScoreOneLimits, boolean breachLimitsKeyQuestion, boolean breachLimitsOverall,
        int inadequateFrom, int requiresImprovementFrom, int outstandingFrom) {

    public static RatingRules standard(String code, ScoringMethod method) {
        return new RatingRules(code, code, method, Bands.standard(), true, true, true, 2, 2, 2);
    }
}
