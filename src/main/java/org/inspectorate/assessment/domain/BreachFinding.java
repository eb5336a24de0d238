package org.inspectorate.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;

/** A finding that a regulation is breached, recorded against a quality statement. Feeds the rating limiters. */
@Entity
@Table(name = "breach_finding")
public class BreachFinding {

    @Id
    @SequenceGenerator(name = "breach_finding_id", sequenceName = "breach_finding_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "breach_finding_id")
    private Long id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private long assessmentId;

    @Column(name = "statement_code", nullable = false, updatable = false)
    private String statementCode;

    @Column(name = "regulation", nullable = false, updatable = false)
    private String regulation;

    @Column(name = "description", nullable = false, updatable = false)
    private String description;

    @Column(name = "recorded_by_name", nullable = false, updatable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected BreachFinding() {
    }

    public BreachFinding(long assessmentId, String statementCode, String regulation, String description, Actor by,
            Instant at) {
        this.assessmentId = assessmentId;
        this.statementCode = statementCode;
        this.regulation = regulation;
        this.description = description;
        this.recordedByName = by.name();
        this.recordedAt = at;
    }

    public Map<String, Object> auditSnapshot() {
        return Map.of("assessment", assessmentId, "statement", statementCode, "regulation", regulation,
                "description", description);
    }

    public Long id() { return id; }
    public long assessmentId() { return assessmentId; }
    public String statementCode() { return statementCode; }
    public String regulation() { return regulation; }
    public String description() { return description; }
    public String recordedByName() { return recordedByName; }
    public Instant recordedAt() { return recordedAt; }
}
