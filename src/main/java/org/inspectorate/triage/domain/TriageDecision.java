package org.inspectorate.triage.domain;

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
import org.hibernate.annotations.Immutable;

/** One outcome recorded on an item, with its reasons: the item's decision history, never changed. */
@Entity
@Immutable
@Table(name = "triage_decision")
public class TriageDecision {

    @Id
    @SequenceGenerator(name = "triage_decision_id", sequenceName = "triage_decision_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "triage_decision_id")
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private Outcome outcome;

    @Column(name = "reasons", nullable = false)
    private String reasons;

    @Column(name = "decided_by_id")
    private Long decidedById;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected TriageDecision() {
    }

    TriageDecision(Long itemId, Outcome outcome, String reasons, Long decidedById, String decidedBy, Instant decidedAt) {
        this.itemId = itemId;
        this.outcome = outcome;
        this.reasons = reasons;
        this.decidedById = decidedById;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long id() { return id; }
    public Long itemId() { return itemId; }
    public Outcome outcome() { return outcome; }
    public String reasons() { return reasons; }
    public Long decidedById() { return decidedById; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
}
