package org.inspectorate.enforcement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inspectorate.enforcement.domain.ActionKind.Route;
import org.inspectorate.shared.time.Days;
import org.inspectorate.shared.time.WorkingDays;

/**
 * A civil or criminal action taken on a case, with its clocks. It is created when its first notice is served
 * (or, for a caution, referral or special measures, when it is recorded) and guards every later step against
 * its dates: representations only inside their window, a Notice of Decision only once representations are in
 * or their window has closed, taking effect only after the appeal window, never while an appeal is pending.
 * {@link #nextDue()} is the date by which the regulator's next step is due; past it, the clock is overdue.
 */
@Entity
@Table(name = "enforcement_action")
public class EnforcementAction {

    @Id
    @SequenceGenerator(name = "enforcement_action_id", sequenceName = "enforcement_action_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enforcement_action_id")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private ActionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private ActionState state;

    @Column(name = "detail")
    private String detail;

    @Column(name = "served_on", nullable = false, updatable = false)
    private LocalDate servedOn;

    @Column(name = "representations_due")
    private LocalDate representationsDue;

    @Column(name = "representations_received_on")
    private LocalDate representationsReceivedOn;

    @Column(name = "representations")
    private String representations;

    @Column(name = "decision_served_on")
    private LocalDate decisionServedOn;

    @Column(name = "appeal_due")
    private LocalDate appealDue;

    @Column(name = "appeal_lodged_on")
    private LocalDate appealLodgedOn;

    @Column(name = "takes_effect_on")
    private LocalDate takesEffectOn;

    @Column(name = "in_force_on")
    private LocalDate inForceOn;

    @Column(name = "next_due")
    private LocalDate nextDue;

    @Column(name = "first_notice_id")
    private String firstNoticeId;

    @Column(name = "decision_notice_id")
    private String decisionNoticeId;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected EnforcementAction() {
    }

    /** Serves the first notice (or records the action) on {@code servedOn} and starts its clocks. */
    public EnforcementAction(long caseId, ActionKind kind, String detail, LocalDate servedOn, WorkingDays days) {
        this.caseId = caseId;
        this.kind = kind;
        this.detail = detail;
        this.servedOn = servedOn;
        switch (kind.route()) {
            case WARNING -> {
                representationsDue = Clocks.warningRepresentationsDue(servedOn, days);
                state = ActionState.SERVED;
                nextDue = Clocks.responseDue(representationsDue, days);
            }
            case PROPOSAL_AND_DECISION -> {
                representationsDue = Clocks.proposalRepresentationsDue(servedOn);
                state = ActionState.SERVED;
                nextDue = Clocks.responseDue(representationsDue, days);
            }
            case URGENT -> {
                appealDue = Clocks.appealDue(servedOn);
                takesEffectOn = servedOn;
                inForceOn = servedOn;
                state = ActionState.IN_FORCE;
            }
            case NOTICE_ONLY -> {
                state = ActionState.SERVED;
                nextDue = Clocks.noticeResponseDue(servedOn);
            }
            case RECORD -> {
                inForceOn = servedOn;
                state = kind == ActionKind.SPECIAL_MEASURES ? ActionState.IN_FORCE : ActionState.COMPLETED;
                nextDue = kind == ActionKind.SPECIAL_MEASURES ? Clocks.reinspectionDue(servedOn) : null;
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    /** Written representations received on {@code receivedOn}: only for notices that allow them, and in time. */
    public void recordRepresentations(LocalDate receivedOn, String summary) {
        if (representationsDue == null) {
            throw new EnforcementConflict(kind.label() + " has no representations stage");
        }
        if (state != ActionState.SERVED) {
            throw new EnforcementConflict("Representations can only be recorded while the notice's window is open");
        }
        if (receivedOn.isBefore(servedOn)) {
            throw new EnforcementConflict("Representations cannot arrive before the notice was served (" + Days.written(servedOn) + ")");
        }
        if (receivedOn.isAfter(representationsDue)) {
            throw new EnforcementConflict("Representations were due by " + Days.written(representationsDue) + "; these arrived on "
                    + Days.written(receivedOn));
        }
        representationsReceivedOn = receivedOn;
        representations = summary;
        state = ActionState.REPRESENTATIONS_RECEIVED;
    }

    /** Serves the Notice of Decision on {@code served}: after representations, or once their window has closed. */
    public void serveDecision(LocalDate served) {
        requireRoute(Route.PROPOSAL_AND_DECISION, "a Notice of Decision");
        if (state != ActionState.SERVED && state != ActionState.REPRESENTATIONS_RECEIVED) {
            throw new EnforcementConflict("A Notice of Decision follows a Notice of Proposal that is still open");
        }
        if (state == ActionState.SERVED && !served.isAfter(representationsDue)) {
            throw new EnforcementConflict("The provider may make representations until " + representationsDue
                    + "; the Notice of Decision can be served from " + representationsDue.plusDays(1));
        }
        if (served.isBefore(servedOn)) {
            throw new EnforcementConflict("The Notice of Decision cannot be served before the Notice of Proposal");
        }
        decisionServedOn = served;
        appealDue = Clocks.appealDue(served);
        takesEffectOn = Clocks.takesEffect(appealDue);
        nextDue = takesEffectOn;
        state = ActionState.DECIDED;
    }

    /** The proposal is dropped after representations, or a warning notice is considered and closed. */
    public void withdraw() {
        if (state != ActionState.SERVED && state != ActionState.REPRESENTATIONS_RECEIVED) {
            throw new EnforcementConflict("Only a notice awaiting its decision can be withdrawn");
        }
        state = ActionState.WITHDRAWN;
        nextDue = null;
    }

    /** An appeal to the First-tier Tribunal lodged on {@code lodgedOn}, within the appeal window. */
    public void recordAppeal(LocalDate lodgedOn) {
        if (appealDue == null || (state != ActionState.DECIDED && !(kind.route() == Route.URGENT
                && state == ActionState.IN_FORCE))) {
            throw new EnforcementConflict("Only a Notice of Decision or an urgent notice can be appealed");
        }
        if (lodgedOn.isAfter(appealDue) || lodgedOn.isBefore(decisionServedOn == null ? servedOn : decisionServedOn)) {
            throw new EnforcementConflict("An appeal had to be lodged by " + appealDue);
        }
        appealLodgedOn = lodgedOn;
        if (state == ActionState.DECIDED) {
            state = ActionState.APPEALED;
            nextDue = null;
        }
    }

    /** The tribunal's decision: upheld, the action takes effect now; allowed, it is withdrawn. */
    public void appealDetermined(boolean upheld, LocalDate on) {
        if (state != ActionState.APPEALED) {
            throw new EnforcementConflict("No appeal is pending");
        }
        if (upheld) {
            inForceOn = on;
            state = ActionState.IN_FORCE;
        } else {
            state = ActionState.WITHDRAWN;
        }
        nextDue = null;
    }

    /** The decision takes effect: not before the day after the appeal window, and not while an appeal is pending. */
    public void takeEffect(LocalDate today) {
        if (state == ActionState.APPEALED) {
            throw new EnforcementConflict("An appeal is pending; the decision takes effect only if the tribunal upholds it");
        }
        if (state != ActionState.DECIDED) {
            throw new EnforcementConflict("Only a Notice of Decision takes effect");
        }
        if (today.isBefore(takesEffectOn)) {
            throw new EnforcementConflict("The appeal window is open until " + Days.written(appealDue) + "; the decision takes effect on "
                    + Days.written(takesEffectOn));
        }
        inForceOn = today;
        state = ActionState.IN_FORCE;
        nextDue = null;
    }

    /** Closes a warning, requirement or penalty notice once considered, or ends special measures. */
    public void complete() {
        if (state.finished() || kind.route() == Route.PROPOSAL_AND_DECISION && state != ActionState.IN_FORCE) {
            throw new EnforcementConflict("This action cannot be completed in its current state");
        }
        state = ActionState.COMPLETED;
        nextDue = null;
    }

    public boolean overdue(LocalDate today) {
        return nextDue != null && today.isAfter(nextDue);
    }

    /** A breach stays active while a notice for it is open or its action is in force. */
    public boolean activeBreach() {
        return !state.finished();
    }

    public void linkNotices(String first, String decision) {
        if (first != null) {
            firstNoticeId = first;
        }
        if (decision != null) {
            decisionNoticeId = decision;
        }
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", kind.name());
        s.put("state", state.name());
        s.put("servedOn", String.valueOf(servedOn));
        s.put("representationsDue", String.valueOf(representationsDue));
        s.put("representationsReceivedOn", String.valueOf(representationsReceivedOn));
        s.put("decisionServedOn", String.valueOf(decisionServedOn));
        s.put("appealDue", String.valueOf(appealDue));
        s.put("appealLodgedOn", String.valueOf(appealLodgedOn));
        s.put("takesEffectOn", String.valueOf(takesEffectOn));
        s.put("inForceOn", String.valueOf(inForceOn));
        return s;
    }

    private void requireRoute(Route route, String what) {
        if (kind.route() != route) {
            throw new EnforcementConflict(kind.label() + " has no " + what);
        }
    }

    public Long id() { return id; }
    public Long caseId() { return caseId; }
    public ActionKind kind() { return kind; }
    public ActionState state() { return state; }
    public String detail() { return detail; }
    public LocalDate servedOn() { return servedOn; }
    public LocalDate representationsDue() { return representationsDue; }
    public LocalDate representationsReceivedOn() { return representationsReceivedOn; }
    public String representations() { return representations; }
    public LocalDate decisionServedOn() { return decisionServedOn; }
    public LocalDate appealDue() { return appealDue; }
    public LocalDate appealLodgedOn() { return appealLodgedOn; }
    public LocalDate takesEffectOn() { return takesEffectOn; }
    public LocalDate inForceOn() { return inForceOn; }
    public LocalDate nextDue() { return nextDue; }
    public String firstNoticeId() { return firstNoticeId; }
    public String decisionNoticeId() { return decisionNoticeId; }
    public int version() { return version; }
}
