package org.inspectorate.enforcement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.inspectorate.enforcement.application.CaseRow;
import org.inspectorate.enforcement.application.EnforcementQueries;

/** The enforcement cases about a location, on the staff location page (location id from the request's id). */
@Named
@RequestScoped
public class LocationEnforcementView {

    @Inject
    EnforcementQueries queries;

    private List<CaseRow> cases;

    public String getLocationId() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    }

    public List<CaseRow> getCases() {
        if (cases == null) {
            String id = getLocationId();
            cases = id == null || id.isBlank() ? List.of() : queries.atLocation(id.strip());
        }
        return cases;
    }
}
