package org.inspectorate.notification.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectorate.notification.application.Submission;
import org.inspectorate.notification.domain.DetailsReader;
import org.inspectorate.notification.domain.NotificationCatalogue;
import org.inspectorate.notification.domain.NotificationType;
import org.inspectorate.notification.domain.SubmissionChannel;
import org.inspectorate.shared.domain.FieldError;

/**
 * Reads a notification from its JSON: {@code {"clientKey", "locationId", "type", "details": {...},
 * "attachments": ["file id", ...]}}. Values of the wrong JSON kind and unknown names are reported by field.
 */
final class SubmissionJson {

    private static final Set<String> NAMES = Set.of("clientKey", "locationId", "type", "details", "attachments");

    private SubmissionJson() {
    }

    static Submission read(JsonValue value, String prefix, String defaultKey, List<FieldError> errors) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(new FieldError(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1),
                    "Each notification must be a JSON object"));
            return null;
        }
        JsonObject o = value.asJsonObject();
        o.keySet().stream().filter(k -> !NAMES.contains(k)).forEach(k -> errors.add(new FieldError(prefix + k,
                "Unknown field " + k + "; a notification has clientKey, locationId, type, details and attachments")));
        String key = string(o, "clientKey", prefix, errors);
        String type = string(o, "type", prefix, errors);
        Map<String, Object> details = Map.of();
        JsonValue d = o.get("details");
        if (d == null || d.getValueType() == JsonValue.ValueType.NULL) {
            errors.add(new FieldError(prefix + "details", "Send the notification's details as an object"));
        } else if (d.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(new FieldError(prefix + "details", "details must be a JSON object"));
        } else if (NotificationType.parse(type).isPresent()) {
            List<FieldError> detailErrors = new ArrayList<>();
            details = DetailsReader.raw(NotificationCatalogue.spec(NotificationType.parse(type).orElseThrow()),
                    d.asJsonObject(), detailErrors);
            detailErrors.forEach(e -> errors.add(new FieldError(prefix + "details." + e.field(), e.message())));
        }
        List<String> files = new ArrayList<>();
        JsonValue a = o.get("attachments");
        if (a != null && a.getValueType() != JsonValue.ValueType.NULL) {
            if (a instanceof JsonArray array) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.get(i) instanceof JsonString s) {
                        files.add(s.getString());
                    } else {
                        errors.add(new FieldError(prefix + "attachments[" + i + "]", "A file id must be a string"));
                    }
                }
            } else {
                errors.add(new FieldError(prefix + "attachments", "attachments must be a list of file ids"));
            }
        }
        return new Submission(key == null ? defaultKey : key, string(o, "locationId", prefix, errors), type, details,
                files, SubmissionChannel.API);
    }

    private static String string(JsonObject o, String name, String prefix, List<FieldError> errors) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        errors.add(new FieldError(prefix + name, name + " must be a string"));
        return null;
    }
}
