package org.inspectorate.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inspectorate.identity.application.StaffDirectory;
import org.inspectorate.report.application.FactualAccuracyService;
import org.inspectorate.report.application.ReportDetail;
import org.inspectorate.report.application.ReportQueries;
import org.inspectorate.report.application.ReportService;
import org.inspectorate.report.application.StaffActors;
import org.inspectorate.report.domain.Actor;
import org.inspectorate.report.domain.ReportState;
import org.inspectorate.report.domain.Transition;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;

/**
 * A report for staff: its sections in the autosaving editor (resources/js/report-editor.js), the moves its state
 * allows, hand-over, the provider's factual accuracy comments with responses, and its history.
 */
@Named
@ViewScoped
public class ReportEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportQueries queries;

    @Inject
    ReportService service;

    @Inject
    FactualAccuracyService fac;

    @Inject
    StaffDirectory staff;

    @Inject
    StaffActors actors;

    private Long id;
    private Long publicationId;
    private ReportDetail detail;
    private String reason;
    private Long staffId;
    private transient Actor me;
    private final Map<Long, String> answers = new HashMap<>();
    private final Map<Long, String> answerReasons = new HashMap<>();

    public void load() {
        publicationId = null;
        detail = id == null ? null : queries.detail(id).orElse(null);
        if (detail == null) {
            Pages.notFound();
        }
    }

    /** Whether the signed-in person may make this move now: the rule the report applies when they try. */
    public boolean may(String transition) {
        if (detail == null) {
            return false;
        }
        if (me == null) {
            me = actors.me();
        }
        return Transition.valueOf(transition).refusedFor(ReportState.valueOf(detail.report().state()),
                detail.report().ownerId(), me).isEmpty();
    }

    /** Managers give any report to someone else; its owner may pass it on. */
    public boolean isMayAssign() {
        return detail != null && (actors.isManager() || actors.callerId() != null
                && actors.callerId().equals(detail.report().ownerId()));
    }

    public boolean isEditable() {
        return detail != null && ("DRAFT".equals(detail.report().state()) || "RETURNED".equals(detail.report().state()));
    }

    public void move(String transition) {
        Transition t = Transition.valueOf(transition);
        act("actions", "reason", () -> service.move(id, t, reason), "report.moved." + t.name());
    }

    public void assign() {
        act("assign", "staffId", () -> service.assign(id, staffId), "report.assigned");
    }

    public void takeOver() {
        act("assign", "staffId", () -> service.takeOver(id), "report.takenOver");
    }

    public void respond(long commentId) {
        String a = answers.get(commentId);
        Boolean accepted = a == null || a.isBlank() ? null : "ACCEPTED".equals(a);
        if (ReportActions.run("comments", "comment-" + commentId,
                () -> fac.respond(id, commentId, accepted, answerReasons.get(commentId)), false)) {
            FacesErrors.info(Messages.get("report.answered"));
            Pages.redirect("/staff/reports/edit.xhtml?id=" + id + "#comments");
        }
    }

    private void act(String form, String field, Runnable action, String notice) {
        if (ReportActions.run(form, field, action)) {
            FacesErrors.info(Messages.get(notice));
            Pages.redirect("/staff/reports/edit.xhtml?id=" + id);
        }
    }

    /** Who else is editing this section right now (their lease is live), for a warning above the editor. */
    public String leaseNote(org.inspectorate.report.application.SectionRecord s) {
        Long me = actors.callerId();
        if (s.leaseHolderId() == null || s.leaseHolderId().equals(me) || s.leaseExpiresAt() == null
                || s.leaseExpiresAt().isBefore(java.time.Instant.now())) {
            return null;
        }
        return Messages.get("report.leased", s.leaseHolder());
    }

    public boolean isManager() {
        return actors.isManager();
    }

    public List<StaffDirectory.StaffMember> getStaff() {
        return staff.active();
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public ReportDetail getDetail() { return detail; }

    /** The published report's id, for the link to it; null while unpublished. */
    public Long getPublicationId() {
        if (detail == null) {
            return null;
        }
        if (publicationId == null) {
            publicationId = queries.currentPublicationId(id).orElse(-1L);
        }
        return publicationId < 0 ? null : publicationId;
    }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public Long getStaffId() { return staffId; }
    public void setStaffId(Long v) { staffId = v; }
    public Map<Long, String> getAnswers() { return answers; }
    public Map<Long, String> getAnswerReasons() { return answerReasons; }
}
