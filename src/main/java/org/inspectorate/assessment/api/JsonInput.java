package org.inspectorate.assessment.api;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.json.Jsons;

/** Reads a JSON object body field by field, collecting a problem per malformed field instead of failing at once. */
final class JsonInput {

    private final JsonObject json;
    private final List<FieldError> errors = new ArrayList<>();

    private JsonInput(JsonObject json) {
        this.json = json;
    }

    static JsonInput parse(String body) {
        if (body == null || body.isBlank()) {
            throw ValidationFailure.of("body", "Send a JSON object");
        }
        try (JsonReader r = Jsons.JSON.createReader(new StringReader(body))) {
            JsonValue v = r.readValue();
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ValidationFailure.of("body", "Send a JSON object");
            }
            return new JsonInput(v.asJsonObject());
        } catch (JsonException e) {
            throw ValidationFailure.of("body", "The request body is not valid JSON");
        }
    }

    String text(String name) {
        JsonValue v = json.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        errors.add(new FieldError(name, name + " must be text"));
        return null;
    }

    Integer integer(String name, String message) {
        JsonValue v = json.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                errors.add(new FieldError(name, message));
                return null;
            }
        }
        errors.add(new FieldError(name, message));
        return null;
    }

    LocalDate date(String name) {
        String s = text(name);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, name + " must be a date like 2026-03-31"));
            return null;
        }
    }

    List<String> list(String name) {
        JsonValue v = json.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            errors.add(new FieldError(name, name + " must be a list"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonValue item : v.asJsonArray()) {
            if (item instanceof JsonString s) {
                out.add(s.getString());
            } else {
                errors.add(new FieldError(name, name + " must be a list of text"));
            }
        }
        return out;
    }

    /** Throws the format problems found so far (before the use case checks the values themselves). */
    void done() {
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
    }
}
