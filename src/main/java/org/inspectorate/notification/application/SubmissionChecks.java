package org.inspectorate.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.inspectorate.files.application.FileInfo;
import org.inspectorate.files.application.FileStore;
import org.inspectorate.notification.domain.DetailsReader;
import org.inspectorate.notification.domain.Notification;
import org.inspectorate.notification.domain.NotificationCatalogue;
import org.inspectorate.notification.domain.NotificationCatalogue.TypeSpec;
import org.inspectorate.notification.domain.NotificationType;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.NotFound;

/**
 * Checks one submission completely, naming every problem by its field (prefixed, for a batch, with the
 * item's position): key, location id, type, each detail against the type's form, and each attached file,
 * which must be a stored file of the caller's own organisation.
 */
@ApplicationScoped
class SubmissionChecks {

    static final int MAX_KEY = 100;
    static final int MAX_ATTACHMENTS = 10;

    @Inject
    FileStore files;

    /** The basic shape only: enough to authorise the location and find an earlier use of the key. */
    void shape(Submission s, String prefix, List<FieldError> errors) {
        if (s.clientKey() == null || s.clientKey().isBlank()) {
            errors.add(new FieldError(prefix + "clientKey", "Send a client key: your own unique id for this notification"));
        } else if (s.clientKey().length() > MAX_KEY || !s.clientKey().matches("[\\x21-\\x7E]+")) {
            errors.add(new FieldError(prefix + "clientKey",
                    "The client key must be 1 to " + MAX_KEY + " printable characters without spaces"));
        }
        if (s.locationId() == null || s.locationId().isBlank()) {
            errors.add(new FieldError(prefix + "locationId", "Send the id of the location the notification is about"));
        } else if (!OrganisationId.isValid(s.locationId())) {
            errors.add(new FieldError(prefix + "locationId", "A location id looks like 1-123456789"));
        }
        if (NotificationType.parse(s.type()).isEmpty()) {
            errors.add(new FieldError(prefix + "type", s.type() == null || s.type().isBlank()
                    ? "Send the type of notification" : "There is no notification type " + s.type()
                            + "; GET /api/v1/notifications/types lists them"));
        }
        if (s.attachments().size() > MAX_ATTACHMENTS) {
            errors.add(new FieldError(prefix + "attachments", "Attach at most " + MAX_ATTACHMENTS + " files"));
        }
    }

    /** Details and files; call only when the shape is right. */
    CheckedSubmission full(Submission s, String prefix, LocalDateTime now, List<FieldError> errors) {
        TypeSpec spec = NotificationCatalogue.spec(NotificationType.parse(s.type()).orElseThrow());
        DetailsReader.Result result = DetailsReader.read(spec, s.details(), now);
        result.errors().forEach(e -> errors.add(new FieldError(prefix + "details." + e.field(), e.message())));
        List<Notification.Attachment> attached = new ArrayList<>();
        for (int i = 0; i < s.attachments().size(); i++) {
            String field = prefix + "attachments[" + i + "]";
            String problem = fileProblem(s.attachments().get(i), attached);
            if (problem != null) {
                errors.add(new FieldError(field, problem));
            }
        }
        return result.valid() ? new CheckedSubmission(s, spec, result.details(), attached, hash(s)) : null;
    }

    private String fileProblem(String id, List<Notification.Attachment> attached) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id == null ? "" : id.strip());
        } catch (IllegalArgumentException e) {
            return "A file id looks like 3f2b8c1e-...; upload the file to /api/v1/files first";
        }
        FileInfo info;
        try {
            info = files.info(uuid);
        } catch (NotFound e) {
            return "There is no file " + uuid + " uploaded by your organisation";
        }
        if (!info.stored()) {
            return "The file " + info.name() + " is not ready: it is " + info.status().toLowerCase(java.util.Locale.ROOT)
                    + (info.rejection() == null ? "" : " (" + info.rejection() + ")");
        }
        if (attached.stream().noneMatch(a -> a.fileId().equals(uuid))) {
            attached.add(new Notification.Attachment(uuid, info.name()));
        }
        return null;
    }

    /** The same notification sent again hashes the same, whatever the order of its fields. */
    static String hash(Submission s) {
        StringBuilder b = new StringBuilder(s.type().strip().toUpperCase(java.util.Locale.ROOT)).append('|')
                .append(s.locationId().strip()).append('|');
        Map<String, Object> sorted = new TreeMap<>(s.details());
        sorted.forEach((k, v) -> {
            if (v != null && !(v instanceof String str && str.isBlank())) {
                b.append(k).append('=').append(v instanceof String str ? str.strip() : v).append(';');
            }
        });
        b.append('|').append(String.join(",", s.attachments().stream().map(String::strip).sorted().toList()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
