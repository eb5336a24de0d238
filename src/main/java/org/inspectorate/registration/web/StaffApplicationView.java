package org.inspectorate.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.inspectorate.identity.application.StaffDirectory;
import org.inspectorate.registration.application.ApplicationQueries;
import org.inspectorate.registration.application.ApplicationRecord;
import org.inspectorate.registration.application.StaffWorkflow;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;

/** One application for staff: everything recorded on it, validation and assignment. */
@Named
@ViewScoped
public class StaffApplicationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationQueries queries;

    @Inject
    StaffWorkflow workflow;

    @Inject
    StaffDirectory staff;

    private String id;
    private ApplicationRecord application;
    private List<StaffDirectory.StaffMember> inspectors;
    private String returnReasons;
    private Long inspectorId;

    public void load() {
        application = WebIds.load(id, queries);
        if (application != null && inspectors == null) {
            inspectors = staff.active();
        }
    }

    public void validate() {
        act("validation", () -> workflow.validate(application.id()), "registration.validated");
    }

    public void returnIt() {
        act("validation", () -> workflow.returnToProvider(application.id(), returnReasons), "registration.returnedDone");
    }

    public void assign() {
        act("assign", () -> workflow.assign(application.id(), inspectorId), "registration.assigned");
    }

    /** Runs a staff step; on success reloads the page with a message, otherwise shows errors in the form. */
    void act(String form, Runnable step, String doneKey) {
        try {
            step.run();
            FacesErrors.info(Messages.get(doneKey));
            Pages.redirect("/staff/registration/application.xhtml?id=" + application.id());
        } catch (ValidationFailure e) {
            FacesErrors.show(form, e);
        }
    }

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public ApplicationRecord getApplication() { return application; }
    public List<StaffDirectory.StaffMember> getInspectors() { return inspectors; }
    public String getReturnReasons() { return returnReasons; }
    public void setReturnReasons(String v) { returnReasons = v; }
    public Long getInspectorId() { return inspectorId; }
    public void setInspectorId(Long v) { inspectorId = v; }
}
