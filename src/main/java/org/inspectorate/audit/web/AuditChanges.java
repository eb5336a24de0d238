package org.inspectorate.audit.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.TreeSet;
import org.inspectorate.audit.domain.AuditEvent;
import org.inspectorate.shared.json.Jsons;
import org.inspectorate.shared.time.Days;

/**
 * Turns an audit record into words for people: the fields that changed with their before and after values, the
 * action and the kind of actor (from the bundle, {@code audit.action.X} and {@code audit.kind.X}, else the code in
 * plain words: PERSONAL_DATA_VIEWED reads "Personal data viewed").
 */
@Named
@ApplicationScoped
public class AuditChanges {

    public record Change(String field, String before, String after) {
    }

    private static final Pattern ISO_DAY = Pattern.compile("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$");
    private static final Pattern ISO_INSTANT = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z$");
    private static final Pattern CODE_IN_TEXT = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b");
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$");

    public List<Change> of(AuditEvent event) {
        return diff(event.before(), event.after());
    }

    public String action(String code) {
        return labelled("audit.action.", code);
    }

    public String kind(String code) {
        return labelled("audit.kind.", code);
    }

    private static String labelled(String prefix, String code) {
        if (code == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces == null ? null : faces.getApplication().getResourceBundle(faces, "msg");
        return bundle != null && bundle.containsKey(prefix + code) ? bundle.getString(prefix + code) : words(code);
    }

    /** Free text with any codes in it in plain words ("for roles PROVIDER_ADMIN": "for roles provider admin"). */
    public String text(String value) {
        return plain(value);
    }

    /** A whole code as a phrase ("In review"), codes inside text in lower case words. */
    static String plain(String value) {
        if (value == null || CODE.matcher(value).matches()) {
            return words(value);
        }
        try {
            if (ISO_DAY.matcher(value).matches()) {
                return Days.written(java.time.LocalDate.parse(value));
            }
            if (ISO_INSTANT.matcher(value).matches()) {
                return Days.writtenAt(java.time.Instant.parse(value));
            }
        } catch (java.time.format.DateTimeParseException e) {
            return value;
        }
        return CODE_IN_TEXT.matcher(value).replaceAll(
                m -> java.util.regex.Matcher.quoteReplacement(m.group().replace('_', ' ').toLowerCase(Locale.UK)));
    }

    /** A code in plain words ("IN_REVIEW": "In review"); anything else as it is. */
    static String words(String value) {
        if (value == null || !CODE.matcher(value).matches()) {
            return value;
        }
        String lower = value.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
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
                changes.add(new Change(field, plain(b), plain(a)));
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
