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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A score of 1-4 with its rationale, for a quality statement (category null) or for one of its evidence categories.
 * A carried-forward score was given in an earlier assessment ({@code sourceAssessmentId}) and keeps the date of the
 * evidence behind it; rescoring it makes it a new score of this assessment.
 */
@Entity
@Table(name = "statement_score")
public class StatementScore {

    @Id
    @SequenceGenerator(name = "statement_score_id", sequenceName = "statement_score_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_score_id")
    private Long id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private long assessmentId;

    @Column(name = "statement_code", nullable = false, updatable = false)
    private String statementCode;

    @Column(name = "category_code", updatable = false)
    private String categoryCode;

    @Column(name = "score", nullable = false)
    private short score;

    @Column(name = "rationale", nullable = false)
    private String rationale;

    @Column(name = "carried_forward", nullable = false)
    private boolean carriedForward;

    @Column(name = "source_assessment_id", nullable = false)
    private long sourceAssessmentId;

    @Column(name = "evidence_date")
    private LocalDate evidenceDate;

    @Column(name = "scored_by_name", nullable = false)
    private String scoredByName;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    @Version
    private int version;

    protected StatementScore() {
    }

    public StatementScore(long assessmentId, String statementCode, String categoryCode, int score, String rationale,
            Actor by, Instant at) {
        this.assessmentId = assessmentId;
        this.statementCode = statementCode;
        this.categoryCode = categoryCode;
        this.sourceAssessmentId = assessmentId;
        rescore(score, rationale, by, at);
    }

    /** A copy of an earlier assessment's score, carried into a new assessment. */
    public static StatementScore carriedForward(long assessmentId, StatementScore earlier) {
        StatementScore s = new StatementScore();
        s.assessmentId = assessmentId;
        s.statementCode = earlier.statementCode;
        s.categoryCode = earlier.categoryCode;
        s.score = earlier.score;
        s.rationale = earlier.rationale;
        s.carriedForward = true;
        s.sourceAssessmentId = earlier.sourceAssessmentId;
        s.evidenceDate = earlier.evidenceDate;
        s.scoredByName = earlier.scoredByName;
        s.scoredAt = earlier.scoredAt;
        return s;
    }

    public void rescore(int newScore, String newRationale, Actor by, Instant at) {
        if (newScore < 1 || newScore > 4) {
            throw new IllegalArgumentException("score " + newScore);
        }
        this.score = (short) newScore;
        this.rationale = newRationale.strip();
        this.carriedForward = false;
        this.sourceAssessmentId = assessmentId;
        this.evidenceDate = null;
        this.scoredByName = by.name();
        this.scoredAt = at;
    }

    /** The date of the newest evidence behind a new score, fixed when the assessment is approved. */
    public void dateEvidence(LocalDate date) {
        if (!carriedForward) {
            this.evidenceDate = date;
        }
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statement", statementCode);
        m.put("category", categoryCode);
        m.put("score", (int) score);
        m.put("rationale", rationale);
        m.put("carriedForward", carriedForward);
        return m;
    }

    public Long id() { return id; }
    public long assessmentId() { return assessmentId; }
    public String statementCode() { return statementCode; }
    public String categoryCode() { return categoryCode; }
    public int score() { return score; }
    public String rationale() { return rationale; }
    public boolean carriedForward() { return carriedForward; }
    public long sourceAssessmentId() { return sourceAssessmentId; }
    public LocalDate evidenceDate() { return evidenceDate; }
    public String scoredByName() { return scoredByName; }
    public Instant scoredAt() { return scoredAt; }
}
