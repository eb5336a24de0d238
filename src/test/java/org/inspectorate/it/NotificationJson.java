package org.inspectorate.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inspectorate.notification.domain.NotificationType;
import org.inspectorate.notification.domain.Samples;

/** Builds notification JSON as an API client would send it. */
final class NotificationJson {

    private NotificationJson() {
    }

    static String valid(NotificationType type, String locationId) {
        return of(UUID.randomUUID().toString(), locationId, type.name(), Samples.valid(type), List.of());
    }

    static String of(String key, String locationId, String type, Map<String, Object> details, List<String> files) {
        return object(key, locationId, type, details, files).build().toString();
    }

    static JsonObjectBuilder object(String key, String locationId, String type, Map<String, Object> details,
            List<String> files) {
        JsonObjectBuilder d = Json.createObjectBuilder();
        details.forEach((k, v) -> {
            if (v instanceof List<?> l) {
                JsonArrayBuilder a = Json.createArrayBuilder();
                l.forEach(x -> a.add(String.valueOf(x)));
                d.add(k, a);
            } else if ("true".equals(v) || "false".equals(v)) {
                d.add(k, Boolean.parseBoolean((String) v));
            } else {
                d.add(k, String.valueOf(v));
            }
        });
        JsonArrayBuilder attachments = Json.createArrayBuilder();
        files.forEach(attachments::add);
        JsonObjectBuilder o = Json.createObjectBuilder().add("type", type).add("locationId", locationId)
                .add("details", d).add("attachments", attachments);
        if (key != null) {
            o.add("clientKey", key);
        }
        return o;
    }
}
