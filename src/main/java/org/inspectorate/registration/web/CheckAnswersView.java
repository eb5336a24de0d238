package org.inspectorate.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.inspectorate.registration.application.ApplicationQueries;
import org.inspectorate.registration.application.ApplicationRecord;
import org.inspectorate.registration.application.ApplicationService;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;

/** Check your answers, the declaration and submission (GOV.UK check answers pattern). */
@Named
@ViewScoped
public class CheckAnswersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationQueries queries;

    @Inject
    ApplicationService service;

    private String id;
    private ApplicationRecord application;
    private boolean declaration;

    public void load() {
        application = WebIds.load(id, queries);
        if (application != null && !application.editable()) {
            Pages.redirect("/portal/registration/application.xhtml?id=" + application.id());
        }
    }

    public void submit() {
        try {
            service.submit(application.id(), declaration);
            FacesErrors.info(Messages.get("registration.submitted", application.reference()));
            Pages.redirect("/portal/registration/application.xhtml?id=" + application.id());
        } catch (ValidationFailure e) {
            for (FieldError err : e.errors()) {
                FacesErrors.field("check:" + ("declaration".equals(err.field()) ? "declaration" : "submit"),
                        err.message());
            }
        }
    }

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public ApplicationRecord getApplication() { return application; }
    public boolean isDeclaration() { return declaration; }
    public void setDeclaration(boolean v) { declaration = v; }
}
