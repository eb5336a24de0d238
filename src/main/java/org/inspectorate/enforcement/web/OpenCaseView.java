package org.inspectorate.enforcement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.inspectorate.enforcement.application.EnforcementService;
import org.inspectorate.enforcement.application.OpenCase;
import org.inspectorate.enforcement.domain.CaseOrigin;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;

/** Opening a case: from a triaged item (its reference), an assessment finding, or directly about a location or provider. */
@Named
@ViewScoped
public class OpenCaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnforcementService enforcement;

    private CaseOrigin origin;
    private String originReference;
    private String locationId;
    private String providerId;
    private String summary;

    public void open() {
        if (origin == null) {
            FacesErrors.field("open:origin", Messages.get("enforcement.origin.choose"));
            return;
        }
        long[] id = new long[1];
        if (ScreenActions.run("open", "summary", () -> id[0] = enforcement.open(new OpenCase(locationId, providerId,
                origin, originReference, summary)))) {
            FacesErrors.info(Messages.get("enforcement.opened"));
            Pages.redirect("/staff/enforcement/case.xhtml?id=" + id[0]);
        }
    }

    public CaseOrigin getOrigin() { return origin; }
    public void setOrigin(CaseOrigin v) { origin = v; }
    public String getOriginReference() { return originReference; }
    public void setOriginReference(String v) { originReference = v; }
    public String getLocationId() { return locationId; }
    public void setLocationId(String v) { locationId = v; }
    public String getProviderId() { return providerId; }
    public void setProviderId(String v) { providerId = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
}
