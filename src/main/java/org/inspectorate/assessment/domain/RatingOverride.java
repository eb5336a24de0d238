package org.inspectorate.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A proposed professional-judgement departure from the worked-out rating of one key question ({@code keyQuestion}
 * set) or of the overall rating, with its reason. It applies only once a second person has approved it.
 */
@Entity
@Table(name = "rating_override")
public class RatingOverride {

    public enum State { PROPOSED, APPROVED, REJECTED }

    @Id
    @SequenceGenerator(name = "rating_override_id", sequenceName = "rating_override_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rating_override_id")
    private Long id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private long assessmentId;

    @Column(name = "key_question", updatable = false)
    private String keyQuestion;

    @Column(name = "rating", nullable = false, updatable = false)
    private String rating;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "state", nullable = false)
    private State state;

    @Column(name = "proposed_by_id", updatable = false)
    private Long proposedById;

    @Column(name = "proposed_by_name", nullable = false, updatable = false)
    private String proposedByName;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "decided_by_id")
    private Long decidedById;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private int version;

    protected RatingOverride() {
    }

    public RatingOverride(long assessmentId, String keyQuestion, String rating, String reason, Actor by, Instant at) {
        this.assessmentId = assessmentId;
        this.keyQuestion = keyQuestion;
        this.rating = rating;
        this.reason = reason;
        this.state = State.PROPOSED;
        this.proposedById = by.id();
        this.proposedByName = by.name();
        this.proposedAt = at;
    }

    public void decide(boolean approve, Actor by, Instant at) {
        if (state != State.PROPOSED) {
            throw new AssessmentConflict("This override has already been decided");
        }
        if (by.same(proposedById, proposedByName)) {
            throw new AssessmentConflict("An override must be approved by a second person, not the one who proposed it");
        }
        state = approve ? State.APPROVED : State.REJECTED;
        decidedById = by.id();
        decidedByName = by.name();
        decidedAt = at;
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("assessment", assessmentId);
        m.put("keyQuestion", keyQuestion == null ? "OVERALL" : keyQuestion);
        m.put("rating", rating);
        m.put("reason", reason);
        m.put("state", state.name());
        return m;
    }

    public Long id() { return id; }
    public long assessmentId() { return assessmentId; }
    public String keyQuestion() { return keyQuestion; }
    public String rating() { return rating; }
    public String reason() { return reason; }
    public State state() { return state; }
    public String proposedByName() { return proposedByName; }
    public Instant proposedAt() { return proposedAt; }
    public String decidedByName() { return decidedByName; }
    public Instant decidedAt() { return decidedAt; }
}
