package org.inspectorate.rating.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.inspectorate.rating.domain.KeyQuestionResult;
import org.inspectorate.rating.domain.Rating;
import org.inspectorate.rating.domain.RatingResult;

/**
 * The working stored with a published rating (column explanation, JSON): the rules applied to each key question
 * and to the overall rating, in plain English, and the breaches the limiters saw. Statement scores are not copied:
 * they stay in the approved (never changed) assessment and are explained from there.
 */
public record StoredExplanation(String methodology, String overall, boolean overallLimited, boolean overallOverridden,
        List<String> overallRules, List<Kq> keyQuestions, List<StoredBreach> breaches) {

    private static final Jsonb JSON = JsonbBuilder.create();

    public record Kq(String keyQuestion, Integer percent, String band, String rating, boolean limited,
            boolean overridden, List<String> rules) {
    }

    public record StoredBreach(String source, String regulation, String keyQuestion, String description) {
    }

    public static StoredExplanation of(RatingResult r) {
        return new StoredExplanation(r.methodologyCode(), name(r.overall()), r.overallLimited(), r.overallOverridden(),
                r.overallRules(), r.keyQuestions().stream().map(StoredExplanation::kq).toList(),
                r.breaches().stream().map(b -> new StoredBreach(b.source(), b.regulation(),
                        b.keyQuestion() == null ? null : b.keyQuestion().name(), b.description())).toList());
    }

    private static Kq kq(KeyQuestionResult k) {
        return new Kq(k.keyQuestion().name(), k.percent(), name(k.bandRating()), name(k.rating()), k.limited(),
                k.overridden(), k.rules());
    }

    public List<ActiveBreach> activeBreaches() {
        return breaches.stream().map(b -> new ActiveBreach(b.source(), b.regulation(), b.keyQuestion(),
                b.description(), null)).toList();
    }

    public String toJson() {
        return JSON.toJson(this);
    }

    public static StoredExplanation fromJson(String json) {
        return JSON.fromJson(json, StoredExplanation.class);
    }

    static String name(Rating r) {
        return r == null ? null : r.name();
    }
}
