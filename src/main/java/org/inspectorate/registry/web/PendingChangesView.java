package org.inspectorate.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.inspectorate.registry.application.PendingRegisterChanges;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.shared.dated.DatedDecisions;

/** The decided changes waiting for their date, on the staff and portal location pages (id from the request). */
@Named
@RequestScoped
public class PendingChangesView {

    @Inject
    PendingRegisterChanges pending;

    private List<DatedDecisions.View> changes;

    public List<DatedDecisions.View> getChanges() {
        if (changes == null) {
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            changes = id == null || !OrganisationId.isValid(id.strip()) ? List.of() : pending.atLocation(id.strip());
        }
        return changes;
    }
}
