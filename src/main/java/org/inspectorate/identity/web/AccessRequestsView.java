package org.inspectorate.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.inspectorate.identity.application.OrganisationAccessQueries;
import org.inspectorate.identity.application.RecoveryRequestRecord;
import org.inspectorate.shared.web.PagedLazyModel;

/** Staff: the queue of requests for a new provider administrator, oldest first, with its size and age. */
@Named
@ViewScoped
public class AccessRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationAccessQueries queries;

    private PagedLazyModel<RecoveryRequestRecord> requests;
    private OrganisationAccessQueries.QueueStats stats;

    @PostConstruct
    void init() {
        requests = new PagedLazyModel<>(() -> queries.countPendingRequests(null),
                page -> queries.pendingRequests(null, page), r -> String.valueOf(r.id()));
        stats = queries.queueStats();
    }

    public PagedLazyModel<RecoveryRequestRecord> getRequests() {
        return requests;
    }

    public long getPending() {
        return stats.pending();
    }

    /** The oldest request's age in whole days and hours, for the queue heading. */
    public String getOldestAge() {
        long hours = stats.oldestAgeSeconds() / 3600;
        return hours < 24 ? hours + " hours" : hours / 24 + " days " + hours % 24 + " hours";
    }
}
