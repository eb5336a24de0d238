package org.inspectorate.notice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.inspectorate.notice.application.NoticeQueries;
import org.inspectorate.notice.application.NoticeRecord;
import org.inspectorate.notice.application.RepresentationRecord;
import org.inspectorate.shared.web.Pages;

/** One notice for staff: its clocks, overdue steps, PDF and the provider's representations. */
@Named
@ViewScoped
public class StaffNoticeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoticeQueries queries;

    private String id;
    private NoticeRecord notice;
    private List<RepresentationRecord> representations;

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

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public NoticeRecord getNotice() { return notice; }
    public List<RepresentationRecord> getRepresentations() { return representations; }
}
