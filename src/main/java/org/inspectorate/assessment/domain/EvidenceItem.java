package org.inspectorate.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One piece of evidence, recorded against a quality statement and evidence category: where it came from, when it
 * was collected, what it shows, attached files and links to notifications or concerns already held. Never changed.
 */
@Entity
@Table(name = "evidence_item")
public class EvidenceItem {

    @Id
    @SequenceGenerator(name = "evidence_item_id", sequenceName = "evidence_item_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_item_id")
    private Long id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private long assessmentId;

    @Column(name = "statement_code", nullable = false, updatable = false)
    private String statementCode;

    @Column(name = "category_code", nullable = false, updatable = false)
    private String categoryCode;

    @Column(name = "source", nullable = false, updatable = false)
    private String source;

    @Column(name = "collected_on", nullable = false, updatable = false)
    private LocalDate collectedOn;

    @Column(name = "summary", nullable = false, updatable = false)
    private String summary;

    @Column(name = "attachments", nullable = false, updatable = false)
    private String attachments;

    @Column(name = "links", nullable = false, updatable = false)
    private String links;

    @Column(name = "recorded_by_name", nullable = false, updatable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected EvidenceItem() {
    }

    public EvidenceItem(long assessmentId, String statementCode, String categoryCode, String source,
            LocalDate collectedOn, String summary, List<String> attachments, List<String> links, Actor by, Instant at) {
        this.assessmentId = assessmentId;
        this.statementCode = statementCode;
        this.categoryCode = categoryCode;
        this.source = source;
        this.collectedOn = collectedOn;
        this.summary = summary;
        this.attachments = String.join(",", attachments);
        this.links = String.join(",", links);
        this.recordedByName = by.name();
        this.recordedAt = at;
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("assessment", assessmentId);
        m.put("statement", statementCode);
        m.put("category", categoryCode);
        m.put("source", source);
        m.put("collectedOn", collectedOn.toString());
        m.put("attachments", attachments);
        m.put("links", links);
        return m;
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split(","));
    }

    public Long id() { return id; }
    public long assessmentId() { return assessmentId; }
    public String statementCode() { return statementCode; }
    public String categoryCode() { return categoryCode; }
    public String source() { return source; }
    public LocalDate collectedOn() { return collectedOn; }
    public String summary() { return summary; }
    public List<String> attachments() { return split(attachments); }
    public List<String> links() { return split(links); }
    public String recordedByName() { return recordedByName; }
    public Instant recordedAt() { return recordedAt; }
}
