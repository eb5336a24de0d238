package org.inspectorate.rating.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The whole working: the overall rating (null when it cannot be given), the rules that led to it, and each key
 * question's result. {@code oldestEvidence} and {@code latestEvidence} are the dates of the oldest and newest
 * evidence any counted score relies on.
 */
public record RatingResult(String methodologyCode, ScoringMethod method, Rating overall, boolean overallLimited,
        boolean overallOverridden, List<String> overallRules, List<KeyQuestionResult> keyQuestions,
        List<Breach> breaches, LocalDate oldestEvidence, LocalDate latestEvidence) {

    public Optional<KeyQuestionResult> keyQuestion(KeyQuestion kq) {
        return keyQuestions.stream().filter(k -> k.keyQuestion() == kq).findFirst();
    }

    public Rating ratingOf(KeyQuestion kq) {
        return keyQuestion(kq).map(KeyQuestionResult::rating).orElse(null);
    }
}
