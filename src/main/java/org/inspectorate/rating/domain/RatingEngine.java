package org.inspectorate.rating.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Works out ratings from scores, in four steps, each written down as the rule applied: quality statement scores;
 * key question percentage and band; limiters and overrides per key question; aggregation, limiter and override
 * for the overall rating. Deterministic and free of side effects.
 */
public final class RatingEngine {

    private RatingEngine() {
    }

    public static RatingResult rate(RatingRules rules, List<StatementInput> statements, List<Breach> breaches,
            List<Override> overrides) {
        Map<KeyQuestion, List<StatementResult>> byKq = new EnumMap<>(KeyQuestion.class);
        for (KeyQuestion kq : KeyQuestion.values()) {
            byKq.put(kq, new ArrayList<>());
        }
        for (StatementInput s : statements) {
            byKq.get(s.keyQuestion()).add(StatementScoring.score(s, rules));
        }
        List<KeyQuestionResult> kqs = new ArrayList<>();
        for (KeyQuestion kq : KeyQuestion.values()) {
            kqs.add(keyQuestion(rules, kq, byKq.get(kq), breaches, overrides));
        }
        List<String> steps = new ArrayList<>();
        Rating overall = Aggregation.aggregate(rules, kqs, steps);
        boolean limited = false;
        if (overall != null && rules.breachLimitsOverall() && !breaches.isEmpty()
                && overall.betterThan(Rating.REQUIRES_IMPROVEMENT)) {
            steps.add("Limiter: there is a breach of regulations (" + describe(breaches) + "), so the overall rating"
                    + " cannot be better than Requires improvement; it is limited from " + overall.label()
                    + " to Requires improvement.");
            overall = Rating.REQUIRES_IMPROVEMENT;
            limited = true;
        }
        boolean overridden = false;
        for (Override o : overrides) {
            if (o.overall()) {
                steps.add(overrideText("the overall rating", overall, o));
                overall = o.rating();
                overridden = true;
            }
        }
        List<LocalDate> dates = kqs.stream().flatMap(k -> k.statements().stream()).filter(StatementResult::scored)
                .map(StatementResult::evidenceDate).filter(Objects::nonNull).toList();
        return new RatingResult(rules.methodologyCode(), rules.method(), overall, limited, overridden, steps, kqs,
                List.copyOf(breaches), dates.stream().min(Comparator.naturalOrder()).orElse(null),
                dates.stream().max(Comparator.naturalOrder()).orElse(null));
    }

    private static KeyQuestionResult keyQuestion(RatingRules rules, KeyQuestion kq, List<StatementResult> statements,
            List<Breach> breaches, List<Override> overrides) {
        List<StatementResult> scored = statements.stream().filter(StatementResult::scored).toList();
        List<String> steps = new ArrayList<>();
        if (scored.isEmpty()) {
            steps.add("No quality statement in " + kq.label() + " has a score, so " + kq.label() + " has no rating.");
            return new KeyQuestionResult(kq, null, null, null, false, false, steps, statements, null);
        }
        List<Integer> scores = scored.stream().map(StatementResult::score).toList();
        int sum = scores.stream().mapToInt(Integer::intValue).sum();
        int max = scores.size() * 4;
        int percent = Bands.percent(sum, max);
        Rating band = rules.bands().rating(percent);
        steps.add("Quality statement scores " + Words.sum(scores) + " = " + sum + " of " + max + " ("
                + Words.exact(sum, max) + ", rounded to " + percent + "%); " + rules.bands().range(band) + " is "
                + band.label() + ".");
        Rating rating = band;
        boolean limited = false;
        if (rules.statementScoreOneLimits() && rating.betterThan(Rating.REQUIRES_IMPROVEMENT)) {
            List<String> ones = scored.stream().filter(s -> s.score() == 1).map(StatementResult::name).toList();
            if (!ones.isEmpty()) {
                steps.add("Limiter: " + Words.names(ones) + (ones.size() == 1 ? " scored" : " each scored")
                        + " 1 (significant shortfalls), so " + kq.label() + " is limited from " + rating.label()
                        + " to Requires improvement.");
                rating = Rating.REQUIRES_IMPROVEMENT;
                limited = true;
            }
        }
        List<Breach> own = breaches.stream().filter(b -> b.keyQuestion() == kq).toList();
        if (rules.breachLimitsKeyQuestion() && !own.isEmpty() && rating.betterThan(Rating.REQUIRES_IMPROVEMENT)) {
            steps.add("Limiter: a breach of regulations is recorded against " + kq.label() + " (" + describe(own)
                    + "), so " + kq.label() + " is limited from " + rating.label() + " to Requires improvement.");
            rating = Rating.REQUIRES_IMPROVEMENT;
            limited = true;
        }
        boolean overridden = false;
        for (Override o : overrides) {
            if (o.keyQuestion() == kq) {
                steps.add(overrideText(kq.label(), rating, o));
                rating = o.rating();
                overridden = true;
            }
        }
        LocalDate oldest = scored.stream().map(StatementResult::evidenceDate).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        return new KeyQuestionResult(kq, percent, band, rating, limited, overridden, steps, statements, oldest);
    }

    private static String overrideText(String what, Rating worked, Override o) {
        return "Professional judgement: " + what + " is " + o.rating().label() + " instead of "
                + (worked == null ? "no rating" : worked.label()) + ", because " + o.reason().strip()
                + " (proposed by " + o.proposedBy() + ", approved by " + o.approvedBy() + ").";
    }

    private static String describe(List<Breach> breaches) {
        return Words.names(breaches.stream().map(b -> b.regulation() + ", " + b.source()).distinct().toList());
    }
}
