package org.inspectorate.notice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.inspectorate.notice.application.NoticeQueries;
import org.inspectorate.notice.application.NoticeRecord;
import org.inspectorate.notice.application.NoticeService;
import org.inspectorate.notice.application.RepresentationRecord;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;

/**
 * One notice of the organisation: its clocks, its PDF, representations made, and the form to make them while
 * the window is open. Any other id is a 404 (audited).
 */
@Named
@ViewScoped
public class PortalNoticeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoticeQueries queries;

    @Inject
    NoticeService notices;

    private String id;
    private NoticeRecord notice;
    private List<RepresentationRecord> representations;
    private String text;

    public void load() {
        if (id == null || !id.matches("\\d{1,18}")) {
            Pages.notFound();
            return;
        }
        notice = queries.get(Long.parseLong(id)).orElse(null);
        if (notice == null) {
            Pages.notFound();
            return;
        }
        representations = queries.representations(notice.id());
    }

    public void represent() {
        try {
            notices.makeRepresentation(notice.id(), text);
            FacesErrors.info(Messages.get("notice.represent.done"));
            Pages.redirect("/portal/notices/view.xhtml?id=" + notice.id());
        } catch (ValidationFailure e) {
            FacesErrors.show("represent", e);
        }
    }

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public NoticeRecord getNotice() { return notice; }
    public List<RepresentationRecord> getRepresentations() { return representations; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
}
