package org.inspectorate.audit.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.inspectorate.audit.domain.AuditEvent;
import org.inspectorate.shared.json.Jsons;

/** Turns an audit record's before and after values into the list of fields that changed, for people to read. */
@Named
@ApplicationScoped
public class AuditChanges {

    public record Change(String field, String before, String after) {
    }

    public List<Change> of(AuditEvent event) {
        return diff(event.before(), event.after());
    }

    static List<Change> diff(String beforeJson, String afterJson) {
        JsonObject before = parse(beforeJson);
        JsonObject after = parse(afterJson);
        List<Change> changes = new ArrayList<>();
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            String b = text(before.get(field));
            String a = text(after.get(field));
            if (!b.equals(a)) {
                changes.add(new Change(field, b, a));
            }
        }
        return changes;
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Jsons.JSON.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    private static String text(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        return value.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) value).getString()
                : value.toString();
    }
}
