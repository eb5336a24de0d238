package org.inspectorate.report.domain;

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

/** One move of a report between states: who, when and why. The report's history, shown beside it. */
@Entity
@Table(name = "report_move")
public class ReportMove {

    @Id
    @SequenceGenerator(name = "report_move_id", sequenceName = "report_move_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_move_id")
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false)
    private ReportState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private ReportState toState;

    @Column(name = "transition", nullable = false, updatable = false)
    private String transition;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Column(name = "reason", updatable = false)
    private String reason;

    @Column(name = "moved_at", nullable = false, updatable = false)
    private Instant movedAt;

    protected ReportMove() {
    }

    public ReportMove(Long reportId, ReportState from, ReportState to, Transition t, Actor a, String reason,
            Instant at) {
        this(reportId, from, to, t.name(), a.id(), a.name(), reason, at);
    }

    public ReportMove(Long reportId, ReportState from, ReportState to, String what, Long actorId, String actorName,
            String reason, Instant at) {
        this.reportId = reportId == null ? 0 : reportId;
        this.fromState = from;
        this.toState = to;
        this.transition = what;
        this.actorId = actorId;
        this.actorName = actorName;
        this.reason = reason;
        this.movedAt = at;
    }

    public Long id() { return id; }
    public long reportId() { return reportId; }
    public ReportState fromState() { return fromState; }
    public ReportState toState() { return toState; }
    public String transition() { return transition; }
    public Long actorId() { return actorId; }
    public String actorName() { return actorName; }
    public String reason() { return reason; }
    public Instant movedAt() { return movedAt; }
}
