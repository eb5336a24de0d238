package org.inspectorate.notification.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.inspectorate.shared.json.Jsons;

/**
 * A notification being written in the portal, kept on the server exactly as typed (checked only on submit),
 * so that nothing is lost when a person stops half-way. Its id is also the client key of the notification it
 * becomes, so that submitting it twice makes one notification.
 */
@Entity
@Table(name = "notification_draft")
public class NotificationDraft {

    public static final int MAX_ATTACHMENTS = 10;

    @Id
    private UUID id;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private String providerId;

    @Column(name = "location_id", nullable = false, updatable = false)
    private String locationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, updatable = false)
    private NotificationType type;

    @ColumnTransformer(write = "?::jsonb")
    @Column(name = "details", nullable = false, columnDefinition = "jsonb")
    private String details = "{}";

    @ColumnTransformer(write = "?::jsonb")
    @Column(name = "attachments", nullable = false, columnDefinition = "jsonb")
    private String attachments = "[]";

    @Column(name = "created_by_id", updatable = false)
    private Long createdById;

    @Column(name = "created_by_name", nullable = false, updatable = false)
    private String createdByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** A file attached to a draft. */
    public record DraftFile(UUID fileId, String name) {
    }

    protected NotificationDraft() {
    }

    public NotificationDraft(UUID id, String providerId, String locationId, NotificationType type, Long createdById,
            String createdByName, Instant now) {
        this.id = id;
        this.providerId = providerId;
        this.locationId = locationId;
        this.type = type;
        this.createdById = createdById;
        this.createdByName = createdByName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Keeps the values as typed: strings, or lists of strings for multiple choices. */
    public void keep(Map<String, Object> raw, Instant now) {
        JsonObjectBuilder b = Jsons.JSON.createObjectBuilder();
        raw.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                JsonArrayBuilder a = Jsons.JSON.createArrayBuilder();
                list.forEach(x -> a.add(String.valueOf(x)));
                b.add(k, a);
            } else if (v != null) {
                b.add(k, String.valueOf(v));
            }
        });
        details = b.build().toString();
        updatedAt = now;
    }

    public Map<String, Object> values() {
        Map<String, Object> raw = new LinkedHashMap<>();
        read(details).asJsonObject().forEach((k, v) -> raw.put(k, v instanceof JsonArray a
                ? a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                : ((JsonString) v).getString()));
        return raw;
    }

    public void attach(UUID fileId, String name, Instant now) {
        List<DraftFile> files = new ArrayList<>(files());
        if (files.stream().noneMatch(f -> f.fileId().equals(fileId))) {
            if (files.size() >= MAX_ATTACHMENTS) {
                throw org.inspectorate.shared.domain.ValidationFailure.of("file",
                        "A notification can have at most " + MAX_ATTACHMENTS + " files");
            }
            files.add(new DraftFile(fileId, name));
        }
        writeFiles(files);
        updatedAt = now;
    }

    public void detach(UUID fileId, Instant now) {
        writeFiles(files().stream().filter(f -> !f.fileId().equals(fileId)).toList());
        updatedAt = now;
    }

    public List<DraftFile> files() {
        List<DraftFile> files = new ArrayList<>();
        for (JsonValue v : read(attachments).asJsonArray()) {
            JsonObject o = v.asJsonObject();
            files.add(new DraftFile(UUID.fromString(o.getString("fileId")), o.getString("name")));
        }
        return files;
    }

    private void writeFiles(List<DraftFile> files) {
        JsonArrayBuilder a = Jsons.JSON.createArrayBuilder();
        files.forEach(f -> a.add(Jsons.JSON.createObjectBuilder().add("fileId", f.fileId().toString()).add("name", f.name())));
        attachments = a.build().toString();
    }

    private static JsonValue read(String json) {
        try (JsonReader r = Jsons.JSON.createReader(new StringReader(json))) {
            return r.readValue();
        }
    }

    public UUID id() { return id; }
    public String providerId() { return providerId; }
    public String locationId() { return locationId; }
    public NotificationType type() { return type; }
    public String createdByName() { return createdByName; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public int version() { return version; }
}
