package org.inspectorate.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.inspectorate.registration.application.ApplicationQueries;
import org.inspectorate.registration.application.ApplicationRecord;
import org.inspectorate.registration.application.ApplicationService;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;

/**
 * One application for the provider: its task list while a draft, then its progress, requests for
 * information to answer, and the letters and notices served. Another organisation's id is a 404 (audited).
 */
@Named
@ViewScoped
public class PortalApplicationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationQueries queries;

    @Inject
    ApplicationService service;

    private String id;
    private ApplicationRecord application;
    private final HashMap<Long, String> answers = new HashMap<>();

    public void load() {
        application = WebIds.load(id, queries);
    }

    public void answer(long requestId) {
        try {
            service.answer(application.id(), requestId, answers.get(requestId));
            FacesErrors.info(Messages.get("registration.request.answered"));
            Pages.redirect("/portal/registration/application.xhtml?id=" + application.id());
        } catch (ValidationFailure e) {
            FacesErrors.field("requests:answer" + requestId, e.errors().get(0).message());
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public void withdraw() {
        try {
            service.withdraw(application.id());
            FacesErrors.info(Messages.get("registration.withdrawn"));
            Pages.redirect("/portal/registration/application.xhtml?id=" + application.id());
        } catch (ValidationFailure e) {
            FacesErrors.field("withdraw:withdraw", e.errors().get(0).message());
        }
    }

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public ApplicationRecord getApplication() { return application; }
    public Map<Long, String> getAnswers() { return answers; }
}
