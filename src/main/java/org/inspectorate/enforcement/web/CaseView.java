package org.inspectorate.enforcement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.inspectorate.enforcement.application.CaseRecord;
import org.inspectorate.enforcement.application.EnforcementQueries;
import org.inspectorate.enforcement.application.EnforcementService;
import org.inspectorate.enforcement.application.EnforcementStaff;
import org.inspectorate.enforcement.domain.ActionKind;
import org.inspectorate.enforcement.domain.DecisionInput;
import org.inspectorate.enforcement.domain.EvidenceKind;
import org.inspectorate.enforcement.domain.Meeting;
import org.inspectorate.enforcement.domain.MeetingKind;
import org.inspectorate.enforcement.domain.StageDecision;
import org.inspectorate.shared.security.RequestActor;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;

/** One case: its subject, decisions, evidence and actions; recording the next decision and adding evidence. */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnforcementQueries queries;

    @Inject
    EnforcementService enforcement;

    @Inject
    RequestActor actor;

    @Inject
    org.inspectorate.identity.application.StaffDirectory directory;

    private Long id;
    private Long ownerId;
    private CaseRecord record;
    private StageDecision decision;
    private String reasons;
    private MeetingKind meetingKind;
    private String meetingDate;
    private String attendees;
    private String breach;
    private ActionKind action;
    private String actionDetail;
    private EvidenceKind evidenceKind;
    private String evidenceReference;
    private String evidenceDescription;

    public void load() {
        record = id == null ? null : queries.caseRecord(id).orElse(null);
        if (record == null) {
            Pages.notFound();
        }
    }

    public void decide() {
        if (decision == null) {
            FacesErrors.field("decide:decision", Messages.get("enforcement.decision.choose"));
            return;
        }
        act("decide", "decision", () -> enforcement.decide(id, record.summary().version(), new DecisionInput(decision,
                reasons, meetingKind == null ? null : new Meeting(meetingKind,
                        ScreenActions.date("meetingDate", meetingDate), attendees), breach, action, actionDetail)),
                "enforcement.decided");
    }

    public void addEvidence() {
        if (evidenceKind == null) {
            FacesErrors.field("evidence:kind", Messages.get("enforcement.evidence.choose"));
            return;
        }
        act("evidence", "description", () -> enforcement.addEvidence(id, evidenceKind, evidenceReference,
                evidenceDescription), "enforcement.evidenceAdded");
    }

    public void reassign() {
        act("owner", "ownerId", () -> enforcement.reassign(id, record.summary().version(), ownerId),
                "enforcement.reassigned");
    }

    public java.util.List<org.inspectorate.identity.application.StaffDirectory.StaffMember> getStaff() {
        return directory.active();
    }

    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long v) { ownerId = v; }

    private void act(String form, String field, Runnable run, String notice) {
        if (ScreenActions.run(form, field, run)) {
            FacesErrors.info(Messages.get(notice));
            Pages.redirect("/staff/enforcement/case.xhtml?id=" + id);
        }
    }

    public java.util.List<StageDecision> getDecisions() {
        return record == null ? java.util.List.of() : StageDecision.at(
                org.inspectorate.enforcement.domain.Stage.valueOf(record.summary().stage()));
    }

    public boolean isManager() {
        return EnforcementStaff.isManager(actor.caller());
    }

    /** A manager may now take the action the final review confirmed. */
    public boolean isActionDue() {
        return isManager() && record != null && "ACTION".equals(record.summary().stage()) && !record.actionTaken();
    }

    /** The decision form: anyone on staff at the initial assessment, managers at every later stage. */
    public boolean isMayDecide() {
        return isOpen() && (isManager()
                || !org.inspectorate.enforcement.domain.Stage.valueOf(record.summary().stage()).managersDecide());
    }

    public boolean isOpen() {
        return record != null && !"CLOSED".equals(record.summary().stage());
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public CaseRecord getRecord() { return record; }
    public StageDecision getDecision() { return decision; }
    public void setDecision(StageDecision v) { decision = v; }
    public String getReasons() { return reasons; }
    public void setReasons(String v) { reasons = v; }
    public MeetingKind getMeetingKind() { return meetingKind; }
    public void setMeetingKind(MeetingKind v) { meetingKind = v; }
    public String getMeetingDate() { return meetingDate; }
    public void setMeetingDate(String v) { meetingDate = v; }
    public String getAttendees() { return attendees; }
    public void setAttendees(String v) { attendees = v; }
    public String getBreach() { return breach; }
    public void setBreach(String v) { breach = v; }
    public ActionKind getAction() { return action; }
    public void setAction(ActionKind v) { action = v; }
    public String getActionDetail() { return actionDetail; }
    public void setActionDetail(String v) { actionDetail = v; }
    public EvidenceKind getEvidenceKind() { return evidenceKind; }
    public void setEvidenceKind(EvidenceKind v) { evidenceKind = v; }
    public String getEvidenceReference() { return evidenceReference; }
    public void setEvidenceReference(String v) { evidenceReference = v; }
    public String getEvidenceDescription() { return evidenceDescription; }
    public void setEvidenceDescription(String v) { evidenceDescription = v; }
}
