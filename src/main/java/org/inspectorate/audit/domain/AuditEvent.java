package org.inspectorate.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;
import org.inspectorate.shared.text.Bounded;

/** One audited event. Immutable once written; the table refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_id", sequenceName = "audit_event_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "actor_kind", nullable = false)
    private String actorKind;

    @Column(name = "source_ip")
    private String sourceIp;

    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    @ColumnTransformer(write = "?::jsonb")
    @Column(name = "before_data", columnDefinition = "jsonb")
    private String before;

    @ColumnTransformer(write = "?::jsonb")
    @Column(name = "after_data", columnDefinition = "jsonb")
    private String after;

    @Column(name = "detail")
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, Long actorId, String actorName, String actorKind, String sourceIp,
            String action, String entityType, String entityId, String before, String after, String detail) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = Bounded.of(actorName, 254);
        this.actorKind = actorKind;
        this.sourceIp = Bounded.of(sourceIp, 64);
        this.action = action;
        this.entityType = Bounded.of(entityType, 40);
        this.entityId = Bounded.of(entityId, 64);
        this.before = before;
        this.after = after;
        this.detail = Bounded.of(detail, 2000);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Long actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public String actorKind() {
        return actorKind;
    }

    public String sourceIp() {
        return sourceIp;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public String detail() {
        return detail;
    }
}
