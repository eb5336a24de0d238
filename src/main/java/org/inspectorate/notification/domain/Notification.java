package org.inspectorate.notification.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A submitted statutory notification. Never changed after submission: corrections come as new notifications.
 * The client key makes a resubmission recognisable; the payload hash tells a true resubmission from a
 * different notification that reuses a key.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @SequenceGenerator(name = "notification_id", sequenceName = "notification_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_id")
    private Long id;

    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private String providerId;

    @Column(name = "location_id", nullable = false, updatable = false)
    private String locationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, updatable = false)
    private NotificationType type;

    @Column(name = "client_key", nullable = false, updatable = false)
    private String clientKey;

    @Column(name = "payload_hash", nullable = false, updatable = false)
    private String payloadHash;

    @ColumnTransformer(write = "?::jsonb")
    @Column(name = "details", nullable = false, updatable = false, columnDefinition = "jsonb")
    private String details;

    @Column(name = "event_date", updatable = false)
    private LocalDate eventDate;

    @Column(name = "late", nullable = false, updatable = false)
    private boolean late;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitted_via", nullable = false, updatable = false)
    private SubmissionChannel submittedVia;

    @Column(name = "submitted_by_id", updatable = false)
    private Long submittedById;

    @Column(name = "submitted_by_name", nullable = false, updatable = false)
    private String submittedByName;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "notification_attachment", joinColumns = @JoinColumn(name = "notification_id"))
    private List<Attachment> attachments = new ArrayList<>();

    /** A file attached to a notification: the stored file's id and its name when attached. */
    @Embeddable
    public static class Attachment {

        @Column(name = "file_id", nullable = false)
        private UUID fileId;

        @Column(name = "name", nullable = false)
        private String name;

        protected Attachment() {
        }

        public Attachment(UUID fileId, String name) {
            this.fileId = fileId;
            this.name = name;
        }

        public UUID fileId() {
            return fileId;
        }

        public String name() {
            return name;
        }
    }

    protected Notification() {
    }

    public Notification(String reference, String providerId, String locationId, NotificationType type,
            String clientKey, String payloadHash, Details details, LocalDate eventDate, boolean late,
            SubmissionChannel via, Long submittedById, String submittedByName, Instant submittedAt,
            List<Attachment> attachments) {
        this.reference = reference;
        this.providerId = providerId;
        this.locationId = locationId;
        this.type = type;
        this.clientKey = clientKey;
        this.payloadHash = payloadHash;
        this.details = details.toJson();
        this.eventDate = eventDate;
        this.late = late;
        this.submittedVia = via;
        this.submittedById = submittedById;
        this.submittedByName = submittedByName;
        this.submittedAt = submittedAt;
        this.attachments = new ArrayList<>(attachments);
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("reference", reference);
        s.put("type", type.name());
        s.put("locationId", locationId);
        s.put("clientKey", clientKey);
        s.put("via", submittedVia.name());
        s.put("late", late);
        s.put("attachments", attachments.size());
        return s;
    }

    public Long id() { return id; }
    public String reference() { return reference; }
    public String providerId() { return providerId; }
    public String locationId() { return locationId; }
    public NotificationType type() { return type; }
    public String clientKey() { return clientKey; }
    public String payloadHash() { return payloadHash; }
    public String detailsJson() { return details; }
    public LocalDate eventDate() { return eventDate; }
    public boolean late() { return late; }
    public SubmissionChannel submittedVia() { return submittedVia; }
    public String submittedByName() { return submittedByName; }
    public Instant submittedAt() { return submittedAt; }
    public List<Attachment> attachments() { return List.copyOf(attachments); }
}
