package org.inspectorate.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.inspectorate.assessment.application.AssessmentQueries;
import org.inspectorate.assessment.application.AssessmentService;
import org.inspectorate.assessment.application.AssessmentViews;
import org.inspectorate.assessment.application.EvidenceService;
import org.inspectorate.assessment.application.FrameworkCatalogue;
import org.inspectorate.assessment.domain.AssessmentConflict;
import org.inspectorate.assessment.domain.Framework;
import org.inspectorate.assessment.domain.Methodology;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Pages;

/**
 * The assessment workspace: what has been recorded, and the workflow (submit; a manager approves or returns it;
 * overrides approved or rejected by a second person). The recording forms are {@link AssessmentForms}.
 */
@Named
@ViewScoped
public class AssessmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentQueries queries;

    @Inject
    AssessmentService service;

    @Inject
    EvidenceService evidence;

    @Inject
    FrameworkCatalogue catalogue;

    private Long id;
    private AssessmentViews.Detail detail;
    private Methodology methodology;
    private Framework framework;
    private String returnReason;

    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        detail = queries.detail(id);
        methodology = catalogue.methodology(detail.summary().methodologyCode()).orElseThrow();
        framework = catalogue.framework(methodology.frameworkCode());
    }

    public void submit() {
        act(() -> service.submit(id), "The assessment has been submitted for a manager's approval.");
    }

    public void approve() {
        act(() -> service.approve(id), "The assessment is approved and its ratings are published.");
    }

    public void giveBack() {
        try {
            service.returnToTeam(id, returnReason);
            FacesErrors.info("The assessment has been returned to its team.");
            Pages.redirect("/staff/assessments/view.xhtml?id=" + id);
        } catch (ValidationFailure e) {
            FacesErrors.show("workflow", e);
        } catch (AssessmentConflict | Forbidden e) {
            FacesErrors.field("workflow:reason", e.getMessage());
        }
    }

    public void approveOverride(long overrideId) {
        act(() -> evidence.decideOverride(overrideId, true), "The override is approved.");
    }

    public void rejectOverride(long overrideId) {
        act(() -> evidence.decideOverride(overrideId, false), "The override is rejected.");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FacesErrors.info(done);
            Pages.redirect("/staff/assessments/view.xhtml?id=" + id);
        } catch (AssessmentConflict | Forbidden e) {
            FacesErrors.field("workflow:actions", e.getMessage());
        }
    }

    public boolean isOpen() {
        return "OPEN".equals(detail.summary().state());
    }

    public boolean isSubmitted() {
        return "SUBMITTED".equals(detail.summary().state());
    }

    public boolean isApproved() {
        return "APPROVED".equals(detail.summary().state());
    }

    public boolean isCategoryMethod() {
        return methodology.categoryScores();
    }

    public List<Framework.Statement> getScope() {
        return framework.statements().stream().filter(s -> detail.statements().contains(s.code())).toList();
    }

    public List<Framework.Item> getCategories() {
        return framework.categories();
    }

    public List<Framework.Item> getKeyQuestions() {
        return framework.keyQuestions();
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public AssessmentViews.Detail getDetail() { return detail; }
    public Methodology getMethodology() { return methodology; }
    public String getReturnReason() { return returnReason; }
    public void setReturnReason(String v) { returnReason = v; }
}
