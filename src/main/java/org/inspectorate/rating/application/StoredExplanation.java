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

    /** Reading back uses JSON-B, created on first use (writing needs none). */
    private static final class Reader {
        static final Jsonb JSON = JsonbBuilder.create();
    }

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

    /** Written by hand: the recompute job writes tens of thousands at a time, and reflection-based binding is slow. */
    public String toJson() {
        StringBuilder b = new StringBuilder(2048).append('{');
        field(b, "methodology", methodology).append(',');
        field(b, "overall", overall).append(',');
        b.append("\"overallLimited\":").append(overallLimited).append(',');
        b.append("\"overallOverridden\":").append(overallOverridden).append(',');
        strings(b, "overallRules", overallRules).append(",\"keyQuestions\":[");
        for (int i = 0; i < keyQuestions.size(); i++) {
            Kq k = keyQuestions.get(i);
            b.append(i == 0 ? "{" : ",{");
            field(b, "keyQuestion", k.keyQuestion()).append(",\"percent\":").append(k.percent()).append(',');
            field(b, "band", k.band()).append(',');
            field(b, "rating", k.rating()).append(",\"limited\":").append(k.limited())
                    .append(",\"overridden\":").append(k.overridden()).append(',');
            strings(b, "rules", k.rules()).append('}');
        }
        b.append("],\"breaches\":[");
        for (int i = 0; i < breaches.size(); i++) {
            StoredBreach x = breaches.get(i);
            b.append(i == 0 ? "{" : ",{");
            field(b, "source", x.source()).append(',');
            field(b, "regulation", x.regulation()).append(',');
            field(b, "keyQuestion", x.keyQuestion()).append(',');
            field(b, "description", x.description()).append('}');
        }
        return b.append("]}").toString();
    }

    private static StringBuilder field(StringBuilder b, String name, String value) {
        b.append('"').append(name).append("\":");
        return value == null ? b.append("null") : quote(b, value);
    }

    private static StringBuilder strings(StringBuilder b, String name, List<String> values) {
        b.append('"').append(name).append("\":[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            quote(b, values.get(i));
        }
        return b.append(']');
    }

    static StringBuilder quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }

    public static StoredExplanation fromJson(String json) {
        return Reader.JSON.fromJson(json, StoredExplanation.class);
    }

    static String name(Rating r) {
        return r == null ? null : r.name();
    }
}
