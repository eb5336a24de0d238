package org.inspectorate.notice.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.inspectorate.notice.application.NoticeQueries;
import org.inspectorate.notice.application.NoticeRecord;
import org.inspectorate.shared.web.PagedLazyModel;

/** Open notices with an overdue step (representations closed, decision in effect, compliance date passed). */
@Named
@ViewScoped
public class NoticeAlertsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoticeQueries queries;

    private PagedLazyModel<NoticeRecord> overdue;

    @PostConstruct
    void init() {
        overdue = new PagedLazyModel<>(() -> queries.overdue(new org.inspectorate.shared.domain.PageRequest(1, 1))
                .total(), page -> queries.overdue(page).items(), n -> String.valueOf(n.id()));
    }

    public PagedLazyModel<NoticeRecord> getOverdue() {
        return overdue;
    }
}
