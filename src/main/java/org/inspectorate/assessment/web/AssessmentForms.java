package org.inspectorate.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.inspectorate.assessment.application.Commands;
import org.inspectorate.assessment.application.EvidenceService;
import org.inspectorate.assessment.domain.AssessmentConflict;
import org.inspectorate.shared.domain.Validation;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Pages;

/**
 * The recording forms of the assessment workspace: a score with its rationale, an evidence item, a breach and a
 * professional-judgement override. Each saves one thing, then shows the workspace again; problems appear by the field.
 */
@Named
@ViewScoped
public class AssessmentForms implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvidenceService service;

    @Inject
    AssessmentView view;

    private String scoreStatement;
    private String scoreCategory;
    private String score;
    private String rationale;
    private String evidenceStatement;
    private String evidenceCategory;
    private String source;
    private String collectedOn = LocalDate.now().toString();
    private String summary;
    private String links;
    private String attachments;
    private String breachStatement;
    private String regulation;
    private String breachDescription;
    private String overrideKeyQuestion;
    private String overrideRating;
    private String overrideReason;
    private String carryStatement;
    private String carryReason;

    public void saveScore() {
        Validation v = new Validation();
        Integer value = Forms.score(v, score, "score");
        run("score", v, () -> service.recordScore(view.getId(), new Commands.Score(Forms.blankToNull(scoreStatement),
                Forms.blankToNull(scoreCategory), value, rationale)), "The score for " + scoreStatement + " is saved.");
    }

    public void saveEvidence() {
        Validation v = new Validation();
        LocalDate date = Forms.date(v, collectedOn, "collectedOn", "the date collected");
        run("evidence", v, () -> service.recordEvidence(view.getId(), new Commands.Evidence(Forms.blankToNull(evidenceStatement),
                Forms.blankToNull(evidenceCategory), source, date, summary, Forms.list(attachments), Forms.list(links))),
                "The evidence is recorded.");
    }

    public void saveBreach() {
        run("breach", new Validation(), () -> service.recordBreach(view.getId(), new Commands.Breach(
                Forms.blankToNull(breachStatement), regulation, breachDescription)), "The breach is recorded.");
    }

    public void proposeOverride() {
        run("override", new Validation(), () -> service.proposeOverride(view.getId(), new Commands.ProposeOverride(
                Forms.blankToNull(overrideKeyQuestion), Forms.blankToNull(overrideRating), overrideReason)),
                "The override is proposed. It applies once someone else approves it.");
    }

    public void carryForward() {
        run("carry", new Validation(), () -> service.carryForward(view.getId(), Forms.blankToNull(carryStatement),
                carryReason), "Quality statement " + carryStatement + " is carried forward with your reason.");
    }

    public String getCarryStatement() { return carryStatement; }
    public void setCarryStatement(String v) { carryStatement = v; }
    public String getCarryReason() { return carryReason; }
    public void setCarryReason(String v) { carryReason = v; }

    private void run(String form, Validation parsing, Runnable action, String done) {
        Long id = view.getId();
        try {
            parsing.throwIfInvalid();
            action.run();
            FacesErrors.info(done);
            Pages.redirect("/staff/assessments/view.xhtml?id=" + id);
        } catch (ValidationFailure e) {
            FacesErrors.show(form, e);
        } catch (AssessmentConflict e) {
            FacesErrors.field(form + ":save", e.getMessage());
        }
    }

    public String getScoreStatement() { return scoreStatement; }
    public void setScoreStatement(String v) { scoreStatement = v; }
    public String getScoreCategory() { return scoreCategory; }
    public void setScoreCategory(String v) { scoreCategory = v; }
    public String getScore() { return score; }
    public void setScore(String v) { score = v; }
    public String getRationale() { return rationale; }
    public void setRationale(String v) { rationale = v; }
    public String getEvidenceStatement() { return evidenceStatement; }
    public void setEvidenceStatement(String v) { evidenceStatement = v; }
    public String getEvidenceCategory() { return evidenceCategory; }
    public void setEvidenceCategory(String v) { evidenceCategory = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public String getCollectedOn() { return collectedOn; }
    public void setCollectedOn(String v) { collectedOn = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public String getLinks() { return links; }
    public void setLinks(String v) { links = v; }
    public String getAttachments() { return attachments; }
    public void setAttachments(String v) { attachments = v; }
    public String getBreachStatement() { return breachStatement; }
    public void setBreachStatement(String v) { breachStatement = v; }
    public String getRegulation() { return regulation; }
    public void setRegulation(String v) { regulation = v; }
    public String getBreachDescription() { return breachDescription; }
    public void setBreachDescription(String v) { breachDescription = v; }
    public String getOverrideKeyQuestion() { return overrideKeyQuestion; }
    public void setOverrideKeyQuestion(String v) { overrideKeyQuestion = v; }
    public String getOverrideRating() { return overrideRating; }
    public void setOverrideRating(String v) { overrideRating = v; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String v) { overrideReason = v; }
}
