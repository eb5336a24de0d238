package org.inspectorate.notification.domain;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inspectorate.shared.domain.FieldError;

/**
 * Checks raw values against a type's fields, then its cross-field rules, and gives either the checked
 * {@link Details} or every problem at once, each naming its field. Raw values are strings (lists of strings
 * for multiple choices) as a form sends them; JSON is first turned into the same shape by {@link #raw}.
 */
public final class DetailsReader {

    private DetailsReader() {
    }

    public record Result(Details details, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** JSON details as raw values; values of the wrong JSON kind are reported, and unknown fields refused. */
    public static Map<String, Object> raw(NotificationCatalogue.TypeSpec spec, JsonObject json, List<FieldError> errors) {
        Map<String, Object> raw = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : json.entrySet()) {
            FieldSpec f = spec.field(e.getKey()).orElse(null);
            if (f == null) {
                errors.add(new FieldError(e.getKey(), "There is no field " + e.getKey() + " in a "
                        + spec.type().label().toLowerCase(Locale.ROOT) + " notification"));
                continue;
            }
            JsonValue v = e.getValue();
            switch (v.getValueType()) {
                case NULL -> raw.put(f.name(), null);
                case STRING -> raw.put(f.name(), ((JsonString) v).getString());
                case NUMBER -> raw.put(f.name(), ((JsonNumber) v).toString());
                case TRUE -> raw.put(f.name(), "true");
                case FALSE -> raw.put(f.name(), "false");
                case ARRAY -> {
                    List<String> items = new ArrayList<>();
                    for (JsonValue item : v.asJsonArray()) {
                        items.add(item instanceof JsonString s ? s.getString() : item.toString());
                    }
                    raw.put(f.name(), items);
                }
                default -> errors.add(new FieldError(f.name(), f.label() + " must be " + expected(f)));
            }
        }
        return raw;
    }

    public static Result read(NotificationCatalogue.TypeSpec spec, Map<String, Object> raw, LocalDateTime now) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldSpec f : spec.fields()) {
            Object r = raw.get(f.name());
            if (isEmpty(r)) {
                if (f.required()) {
                    errors.add(new FieldError(f.name(), missing(f)));
                }
                continue;
            }
            String problem = parse(f, r, now, values);
            if (problem != null) {
                errors.add(new FieldError(f.name(), problem));
            }
        }
        Details details = new Details(values);
        if (errors.isEmpty()) {
            spec.rules().forEach(rule -> rule.check(details, now, errors));
        }
        return new Result(errors.isEmpty() ? details : null, errors);
    }

    private static String parse(FieldSpec f, Object r, LocalDateTime now, Map<String, Object> values) {
        if (f.kind() == FieldKind.MULTI_CHOICE) {
            List<String> codes = r instanceof List<?> l ? l.stream().map(String::valueOf).map(String::strip).toList()
                    : List.of(String.valueOf(r).split(",")).stream().map(String::strip).toList();
            for (String c : codes) {
                if (f.choice(c).isEmpty()) {
                    return f.label() + ": choose from " + codesOf(f);
                }
            }
            values.put(f.name(), List.copyOf(new LinkedHashSet<>(codes)));
            return null;
        }
        if (r instanceof List<?>) {
            return f.label() + " must be " + expected(f);
        }
        String s = String.valueOf(r).strip();
        switch (f.kind()) {
            case TEXT, LONG_TEXT -> {
                if (s.length() > f.maxLength()) {
                    return f.label() + " must be " + f.maxLength() + " characters or fewer";
                }
                values.put(f.name(), s);
            }
            case DATE -> {
                try {
                    LocalDate d = LocalDate.parse(s);
                    if (f.notFuture() && d.isAfter(now.toLocalDate())) {
                        return f.label() + " must be today or in the past";
                    }
                    values.put(f.name(), d);
                } catch (DateTimeParseException e) {
                    return f.label() + " must be a real date, like 2026-11-23";
                }
            }
            case DATE_TIME -> {
                try {
                    LocalDateTime t = LocalDateTime.parse(s.length() > 16 ? s.substring(0, 16) : s);
                    if (f.notFuture() && t.isAfter(now.plusMinutes(5))) {
                        return f.label() + " must be now or in the past";
                    }
                    values.put(f.name(), t);
                } catch (DateTimeParseException e) {
                    return f.label() + " must be a real date and time, like 2026-11-23T14:30";
                }
            }
            case YES_NO -> {
                String b = s.toLowerCase(Locale.ROOT);
                if (b.equals("true") || b.equals("yes")) {
                    values.put(f.name(), true);
                } else if (b.equals("false") || b.equals("no")) {
                    values.put(f.name(), false);
                } else {
                    return f.label() + ": answer yes or no (true or false)";
                }
            }
            case WHOLE_NUMBER -> {
                try {
                    int n = Integer.parseInt(s);
                    if (n < f.min() || n > f.max()) {
                        return f.label() + " must be between " + f.min() + " and " + f.max();
                    }
                    values.put(f.name(), n);
                } catch (NumberFormatException e) {
                    return f.label() + " must be a whole number, like " + Math.max(f.min(), 1);
                }
            }
            case CHOICE -> {
                if (f.choice(s).isEmpty()) {
                    return f.label() + ": choose from " + codesOf(f);
                }
                values.put(f.name(), s);
            }
            default -> throw new IllegalStateException(f.kind().name());
        }
        return null;
    }

    private static boolean isEmpty(Object r) {
        return r == null || r instanceof String s && s.isBlank() || r instanceof List<?> l && l.isEmpty();
    }

    private static String missing(FieldSpec f) {
        String l = f.label().isEmpty() ? "" : Character.toLowerCase(f.label().charAt(0)) + f.label().substring(1);
        boolean question = l.endsWith("?");
        return switch (f.kind()) {
            case YES_NO -> "Choose yes or no: " + l;
            case CHOICE, MULTI_CHOICE -> question ? "Choose an answer: " + l : "Choose " + l;
            default -> question ? "Answer the question: " + l : "Enter " + l;
        };
    }

    private static String codesOf(FieldSpec f) {
        return String.join(", ", f.choices().stream().map(Choice::code).toList());
    }

    private static String expected(FieldSpec f) {
        return switch (f.kind()) {
            case YES_NO -> "true or false";
            case WHOLE_NUMBER -> "a whole number";
            case MULTI_CHOICE -> "a list of codes";
            case DATE -> "a date string like \"2026-11-23\"";
            case DATE_TIME -> "a date-time string like \"2026-11-23T14:30\"";
            default -> "text";
        };
    }
}
