package org.inspectorate.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.inspectorate.notice.application.NoticeRecord;
import org.inspectorate.registration.application.ApplicantNotice;
import org.inspectorate.registration.application.ApplicantService;
import org.inspectorate.registration.application.ApplicationRecord;
import org.inspectorate.shared.domain.Gone;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;

/**
 * The notices addressed to a new provider's applicant, opened by their link's token: the notice of proposal
 * with its 28 days for written representations (and the form while they are open), the notice of decision with
 * its 28 days to appeal, an appeal recorded, and when the decision takes effect.
 */
@Named
@ViewScoped
public class ApplicantNoticeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicantService service;

    private String token;
    private ApplicationRecord application;
    private List<ApplicantNotice> notices;
    private String text;

    public void load() {
        try {
            application = service.view(token);
            notices = service.notices(token);
        } catch (Gone e) {
            Pages.gone();
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public void represent() {
        NoticeRecord open = getOpenProposal();
        if (open == null) {
            FacesErrors.field("represent:text", Messages.get("notice.represent.closed"));
            return;
        }
        try {
            service.represent(token, open.id(), text);
            FacesErrors.info(Messages.get("notice.represent.done"));
            Pages.redirect("/applicant/notice.xhtml?token=" + token);
        } catch (ValidationFailure e) {
            FacesErrors.show("represent", e);
        } catch (Gone e) {
            Pages.gone();
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    /** The notice still taking representations, if any. */
    public NoticeRecord getOpenProposal() {
        return notices == null ? null : notices.stream().map(ApplicantNotice::notice)
                .filter(NoticeRecord::representationsOpen).reduce((x, y) -> y).orElse(null);
    }

    public String getToken() { return token; }
    public void setToken(String v) { token = v; }
    public ApplicationRecord getApplication() { return application; }
    public List<ApplicantNotice> getNotices() { return notices; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
}
