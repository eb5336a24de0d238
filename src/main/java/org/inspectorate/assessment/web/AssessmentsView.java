package org.inspectorate.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.inspectorate.assessment.application.AssessmentQueries;
import org.inspectorate.assessment.application.AssessmentViews;
import org.inspectorate.assessment.domain.AssessmentState;
import org.inspectorate.shared.web.PagedLazyModel;

/** Assessments, newest first, filtered by state and location; paged in the database. */
@Named
@ViewScoped
public class AssessmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentQueries queries;

    private String state;
    private String location;
    private PagedLazyModel<AssessmentViews.Summary> assessments;

    public void load() {
        AssessmentState s = parse(state);
        String l = location == null || location.isBlank() ? null : location.strip();
        assessments = new PagedLazyModel<>(() -> queries.page(s, l, org.inspectorate.shared.domain.PageRequest
                .ofOffset(0, 1)).total(), page -> queries.page(s, l, page).items(), a -> String.valueOf(a.id()));
    }

    private static AssessmentState parse(String state) {
        try {
            return state == null || state.isBlank() ? null : AssessmentState.valueOf(state);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public AssessmentState[] getStates() {
        return AssessmentState.values();
    }

    public PagedLazyModel<AssessmentViews.Summary> getAssessments() {
        return assessments;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }
}
