package org.inspectorate.concern.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A concern as received. Never changed afterwards. A person who chose to stay anonymous has no name or
 * contact details stored, whatever the form held.
 */
@Entity
@Table(name = "concern")
public class Concern {

    @Id
    @SequenceGenerator(name = "concern_id", sequenceName = "concern_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concern_id")
    private Long id;

    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private ConcernKind kind;

    @Column(name = "location_id", updatable = false)
    private String locationId;

    @Column(name = "service_name", updatable = false)
    private String serviceName;

    @Column(name = "service_town", updatable = false)
    private String serviceTown;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, updatable = false)
    private Topic topic;

    @Column(name = "what_happened", nullable = false, updatable = false)
    private String whatHappened;

    @Column(name = "when_happened", updatable = false)
    private LocalDate whenHappened;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship", nullable = false, updatable = false)
    private Relationship relationship;

    @Column(name = "immediate_risk", nullable = false, updatable = false)
    private boolean immediateRisk;

    @Enumerated(EnumType.STRING)
    @Column(name = "raised_with_provider", nullable = false, updatable = false)
    private RaisedWithProvider raisedWithProvider;

    @Column(name = "anonymous", nullable = false, updatable = false)
    private boolean anonymous;

    @Column(name = "reporter_name", updatable = false)
    private String reporterName;

    @Column(name = "reporter_email", updatable = false)
    private String reporterEmail;

    @Column(name = "reporter_phone", updatable = false)
    private String reporterPhone;

    @Column(name = "may_contact", nullable = false, updatable = false)
    private boolean mayContact;

    @Column(name = "source_hash", nullable = false, updatable = false)
    private String sourceHash;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected Concern() {
    }

    /** From a form that passed {@link ConcernForm#validate}; {@code locationId} only if it is on the register. */
    public Concern(String reference, ConcernForm f, String knownLocationId, String sourceHash, Instant now) {
        this.reference = reference;
        this.kind = f.kind();
        this.locationId = knownLocationId;
        this.serviceName = strip(f.serviceName());
        this.serviceTown = strip(f.serviceTown());
        this.topic = f.topic();
        this.whatHappened = f.whatHappened().strip();
        this.whenHappened = f.whenHappened();
        this.relationship = f.relationship();
        this.immediateRisk = Boolean.TRUE.equals(f.immediateRisk());
        this.raisedWithProvider = f.raisedWithProvider();
        this.anonymous = f.anonymous();
        if (!anonymous) {
            this.reporterName = strip(f.name());
            this.reporterEmail = strip(f.email());
            this.reporterPhone = strip(f.phone());
            this.mayContact = f.mayContact();
        }
        this.sourceHash = sourceHash;
        this.receivedAt = now;
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("reference", reference);
        s.put("kind", kind.name());
        s.put("locationId", locationId);
        s.put("topic", topic.name());
        s.put("anonymous", anonymous);
        s.put("immediateRisk", immediateRisk);
        return s;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long id() { return id; }
    public String reference() { return reference; }
    public ConcernKind kind() { return kind; }
    public String locationId() { return locationId; }
    public String serviceName() { return serviceName; }
    public String serviceTown() { return serviceTown; }
    public Topic topic() { return topic; }
    public String whatHappened() { return whatHappened; }
    public LocalDate whenHappened() { return whenHappened; }
    public Relationship relationship() { return relationship; }
    public boolean immediateRisk() { return immediateRisk; }
    public RaisedWithProvider raisedWithProvider() { return raisedWithProvider; }
    public boolean anonymous() { return anonymous; }
    public String reporterName() { return reporterName; }
    public String reporterEmail() { return reporterEmail; }
    public String reporterPhone() { return reporterPhone; }
    public boolean mayContact() { return mayContact; }
    public Instant receivedAt() { return receivedAt; }
}
