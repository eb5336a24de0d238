package org.inspectorate.notice.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.notice.application.NoticeQueries;
import org.inspectorate.notice.application.NoticeRecord;
import org.inspectorate.shared.web.PagedLazyModel;

/** The organisation's notices and letters, newest first. */
@Named
@ViewScoped
public class PortalNoticesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoticeQueries queries;

    @Inject
    ProviderAccess access;

    private PagedLazyModel<NoticeRecord> notices;

    @PostConstruct
    void init() {
        String provider = access.requireProvider();
        notices = new PagedLazyModel<>(() -> queries.count(provider), page -> queries.list(provider, page),
                n -> String.valueOf(n.id()));
    }

    public PagedLazyModel<NoticeRecord> getNotices() {
        return notices;
    }
}
