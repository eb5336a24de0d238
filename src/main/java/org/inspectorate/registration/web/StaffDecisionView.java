package org.inspectorate.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.inspectorate.notice.domain.AppealOutcome;
import org.inspectorate.registration.application.DecisionService;

/** Decision actions on the staff application page: grant, propose refusal, withdraw, refuse, appeal, effect. */
@Named
@ViewScoped
public class StaffDecisionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffApplicationView page;

    @Inject
    DecisionService decisions;

    private String reasons;
    private String overrideReason;
    private String conditions;
    private String lodgedOn;
    private String decidedOn;
    private String outcome;

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    /** Whether a request for information is still unanswered (the grant then asks for a manager's reason). */
    public boolean isUnansweredRequest() {
        return page.getApplication().requests().stream().anyMatch(r -> !r.answered());
    }

    private long id() {
        return page.getApplication().id();
    }

    public void grant() {
        page.act("decision", () -> decisions.grant(id(), reasons, overrideReason), "registration.granted");
    }

    public void proposeRefusal() {
        page.act("decision", () -> decisions.proposeRefusal(id(), reasons), "registration.proposed");
    }

    public void proposeConditions() {
        page.act("decision", () -> decisions.proposeConditions(id(), reasons, conditions), "registration.proposed");
    }

    public void withdrawProposal() {
        page.act("decision", () -> decisions.withdrawProposal(id(), reasons), "registration.proposalWithdrawn");
    }

    public void refuse() {
        page.act("decision", () -> decisions.decide(id(), reasons), "registration.decided");
    }

    public void appeal() {
        page.act("appeal", () -> decisions.recordAppeal(id(), StaffAssessmentView.date("lodgedOn", lodgedOn)),
                "registration.appealRecorded");
    }

    public void appealOutcome() {
        page.act("appeal", () -> decisions.recordAppealOutcome(id(), StaffAssessmentView.date("decidedOn", decidedOn),
                outcome == null || outcome.isBlank() ? null : AppealOutcome.valueOf(outcome)),
                "registration.appealDecided");
    }

    public void takesEffect() {
        page.act("appeal", () -> decisions.takesEffect(id()), "registration.tookEffect");
    }

    public AppealOutcome[] getOutcomes() {
        return AppealOutcome.values();
    }

    public String getReasons() { return reasons; }
    public String getConditions() { return conditions; }
    public void setConditions(String v) { conditions = v; }
    public void setReasons(String v) { reasons = v; }
    public String getLodgedOn() { return lodgedOn; }
    public void setLodgedOn(String v) { lodgedOn = v; }
    public String getDecidedOn() { return decidedOn; }
    public void setDecidedOn(String v) { decidedOn = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
}
