package org.inspectorate.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.notification.application.DraftService;
import org.inspectorate.notification.application.NotificationQueries;
import org.inspectorate.registry.application.RegisterLookups;
import org.inspectorate.shared.web.PagedLazyModel;

/** The organisation's notifications: drafts in progress and submitted notifications, newest first. */
@Named
@ViewScoped
public class PortalNotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DraftService drafts;

    @Inject
    NotificationQueries queries;

    @Inject
    ProviderAccess access;

    @Inject
    RegisterLookups register;

    private List<DraftService.DraftRecord> draftList;
    private final java.util.Map<String, String> locationNames = new java.util.HashMap<>();
    private PagedLazyModel<NotificationQueries.Summary> submitted;

    @PostConstruct
    void init() {
        String provider = access.requireProvider();
        draftList = drafts.drafts();
        register.locations(draftList.stream().map(DraftService.DraftRecord::locationId).distinct().toList())
                .forEach(l -> locationNames.put(l.id(), l.name()));
        submitted = new PagedLazyModel<>(() -> queries.count(provider), page -> queries.list(provider, page),
                NotificationQueries.Summary::reference);
    }

    /** A draft's location as people know it: its name, with the id. */
    public String location(String id) {
        String name = locationNames.get(id);
        return name == null ? id : name + " (" + id + ")";
    }

    public List<DraftService.DraftRecord> getDrafts() {
        return draftList;
    }

    public PagedLazyModel<NotificationQueries.Summary> getSubmitted() {
        return submitted;
    }
}
