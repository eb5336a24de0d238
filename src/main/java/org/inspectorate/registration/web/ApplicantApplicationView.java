package org.inspectorate.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.inspectorate.registration.application.ApplicantService;
import org.inspectorate.registration.application.ApplicationRecord;
import org.inspectorate.shared.domain.Gone;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;

/**
 * A new provider's application for the applicant, opened by the token of their link (never by an id): the
 * task list, check your answers with the declaration, requests for information to answer, the decision.
 */
@Named
@ViewScoped
public class ApplicantApplicationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicantService service;

    private String token;
    private ApplicationRecord application;
    private boolean declaration;
    private final HashMap<Long, String> answers = new HashMap<>();

    public void load() {
        try {
            application = service.view(token);
        } catch (Gone e) {
            Pages.gone();
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public void submit() {
        try {
            service.submit(token, declaration);
            FacesErrors.info(Messages.get("registration.submitted", application.reference()));
            Pages.redirect(ApplicantSectionView.page(token));
        } catch (ValidationFailure e) {
            e.errors().forEach(f -> FacesErrors.field("submit:declaration", f.message()));
        } catch (Gone e) {
            Pages.gone();
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public void answer(long requestId) {
        try {
            service.answer(token, requestId, answers.get(requestId));
            FacesErrors.info(Messages.get("registration.request.answered"));
            Pages.redirect(ApplicantSectionView.page(token));
        } catch (ValidationFailure e) {
            FacesErrors.field("requests:answer" + requestId, e.errors().get(0).message());
        } catch (Gone e) {
            Pages.gone();
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public String getToken() { return token; }
    public void setToken(String v) { token = v; }
    public ApplicationRecord getApplication() { return application; }
    public boolean isDeclaration() { return declaration; }
    public void setDeclaration(boolean v) { declaration = v; }
    public Map<Long, String> getAnswers() { return answers; }
}
