package org.inspectorate.planning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.inspectorate.planning.application.RiskQueries;
import org.inspectorate.planning.application.RiskView;

/** A location's risk position and its reasons, on the staff location page (location id from the request's id). */
@Named
@RequestScoped
public class LocationRiskView {

    @Inject
    RiskQueries risk;

    private RiskView position;
    private boolean loaded;

    public RiskView getPosition() {
        if (!loaded) {
            String id = getLocationId();
            position = id == null || id.isBlank() ? null : risk.stored(id.strip()).orElse(null);
            loaded = true;
        }
        return position;
    }

    public String getLocationId() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    }
}
