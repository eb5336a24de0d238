package org.inspectorate.enforcement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.inspectorate.enforcement.application.ActionRecord;
import org.inspectorate.enforcement.application.ActionService;
import org.inspectorate.enforcement.application.CaseRecord;
import org.inspectorate.enforcement.application.EnforcementQueries;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;

/**
 * The steps on a case's actions: take the confirmed action (serve its first notice), then move the current
 * action's clocks on. The service checks each step against the action's state and dates.
 */
@Named
@ViewScoped
public class ActionStepsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnforcementQueries queries;

    @Inject
    ActionService actions;

    private Long id;
    private CaseRecord record;
    private String date;
    private String representations;

    public void load() {
        record = id == null ? null : queries.caseRecord(id).orElse(null);
        date = LocalDate.now(ZoneOffset.UTC).toString();
    }

    /** The latest action that is still running, if any: the one the step forms act on. */
    public ActionRecord getCurrent() {
        if (record == null || record.actions().isEmpty()) {
            return null;
        }
        ActionRecord last = record.actions().get(record.actions().size() - 1);
        return "WITHDRAWN".equals(last.state()) || "COMPLETED".equals(last.state()) ? null : last;
    }

    public void take() {
        step("take", () -> actions.takeAction(id, record.summary().version(), ScreenActions.date("date", date)),
                "enforcement.actionTaken");
    }

    public void recordRepresentations() {
        ActionRecord a = getCurrent();
        step("steps", () -> actions.recordRepresentations(a.id(), a.version(), ScreenActions.date("date", date),
                representations), "enforcement.stepDone");
    }

    public void serveDecision() {
        ActionRecord a = getCurrent();
        step("steps", () -> actions.serveDecision(a.id(), a.version(), ScreenActions.date("date", date)),
                "enforcement.stepDone");
    }

    public void appeal() {
        ActionRecord a = getCurrent();
        step("steps", () -> actions.recordAppeal(a.id(), a.version(), ScreenActions.date("date", date)),
                "enforcement.stepDone");
    }

    public void upheld() {
        ActionRecord a = getCurrent();
        step("steps", () -> actions.appealDetermined(a.id(), a.version(), true), "enforcement.stepDone");
    }

    public void allowed() {
        ActionRecord a = getCurrent();
        step("steps", () -> actions.appealDetermined(a.id(), a.version(), false), "enforcement.stepDone");
    }

    public void takeEffect() {
        ActionRecord a = getCurrent();
        step("steps", () -> actions.takeEffect(a.id(), a.version()), "enforcement.tookEffect");
    }

    public void withdraw() {
        ActionRecord a = getCurrent();
        step("steps", () -> actions.withdraw(a.id(), a.version()), "enforcement.stepDone");
    }

    public void complete() {
        ActionRecord a = getCurrent();
        step("steps", () -> actions.complete(a.id(), a.version()), "enforcement.stepDone");
    }

    private void step(String form, Runnable run, String notice) {
        if (form.equals("steps") && getCurrent() == null) {
            FacesErrors.field("steps:date", Messages.get("enforcement.conflict"));
            return;
        }
        if (ScreenActions.run(form, "date", run)) {
            FacesErrors.info(Messages.get(notice));
            Pages.redirect("/staff/enforcement/case.xhtml?id=" + id);
        }
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public String getDate() { return date; }
    public void setDate(String v) { date = v; }
    public String getRepresentations() { return representations; }
    public void setRepresentations(String v) { representations = v; }
}
