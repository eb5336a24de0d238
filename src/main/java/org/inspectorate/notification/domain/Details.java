package org.inspectorate.notification.domain;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectorate.shared.json.Jsons;

/**
 * The checked values of one notification, by field name: strings, dates, date-times, booleans, whole
 * numbers and lists of choice codes. Stored as JSON in the form the API accepts.
 */
public final class Details {

    private final Map<String, Object> values;

    Details(Map<String, Object> values) {
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean has(String field) {
        return values.get(field) != null;
    }

    public Object get(String field) {
        return values.get(field);
    }

    public String text(String field) {
        return (String) values.get(field);
    }

    public LocalDate date(String field) {
        return (LocalDate) values.get(field);
    }

    public LocalDateTime dateTime(String field) {
        return (LocalDateTime) values.get(field);
    }

    public boolean yes(String field) {
        return Boolean.TRUE.equals(values.get(field));
    }

    public Integer number(String field) {
        return (Integer) values.get(field);
    }

    @SuppressWarnings("unchecked")
    public List<String> codes(String field) {
        Object v = values.get(field);
        return v == null ? List.of() : (List<String>) v;
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public String toJson() {
        JsonObjectBuilder b = Jsons.JSON.createObjectBuilder();
        values.forEach((k, v) -> {
            if (v instanceof Boolean bool) {
                b.add(k, bool);
            } else if (v instanceof Integer i) {
                b.add(k, i);
            } else if (v instanceof List<?> list) {
                JsonArrayBuilder a = Jsons.JSON.createArrayBuilder();
                list.forEach(x -> a.add(String.valueOf(x)));
                b.add(k, a);
            } else if (v != null) {
                b.add(k, v.toString());
            }
        });
        return b.build().toString();
    }

    /** Reads stored details back, typed by the type's fields. Only for JSON this application wrote. */
    public static Details fromStored(NotificationCatalogue.TypeSpec spec, String json) {
        JsonObject o;
        try (JsonReader r = Jsons.JSON.createReader(new StringReader(json))) {
            o = r.readObject();
        }
        Map<String, Object> v = new LinkedHashMap<>();
        for (FieldSpec f : spec.fields()) {
            JsonValue j = o.get(f.name());
            if (j == null || j.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            v.put(f.name(), switch (f.kind()) {
                case YES_NO -> j == JsonValue.TRUE;
                case WHOLE_NUMBER -> o.getJsonNumber(f.name()).intValue();
                case DATE -> LocalDate.parse(((JsonString) j).getString());
                case DATE_TIME -> LocalDateTime.parse(((JsonString) j).getString());
                case MULTI_CHOICE -> j.asJsonArray().getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList();
                default -> ((JsonString) j).getString();
            });
        }
        return new Details(v);
    }
}
