package org.inspectorate.registration.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.inspectorate.registration.application.ApplicationQueries;
import org.inspectorate.registration.application.ApplicationSummary;
import org.inspectorate.registration.domain.ApplicationStatus;
import org.inspectorate.shared.web.PagedLazyModel;

/** The registration queue: applications in a chosen state (default every open one), longest waiting first. */
@Named
@ViewScoped
public class StaffQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationQueries queries;

    private String status;
    private PagedLazyModel<ApplicationSummary> applications;

    @PostConstruct
    void init() {
        applications = new PagedLazyModel<>(() -> queries.queue(states(), new org.inspectorate.shared.domain
                .PageRequest(1, 1)).total(), page -> queries.queue(states(), page).items(), a -> String.valueOf(a.id()));
    }

    private Set<ApplicationStatus> states() {
        if (status != null && !status.isBlank()) {
            return Arrays.stream(ApplicationStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                    .map(EnumSet::of).orElse(EnumSet.noneOf(ApplicationStatus.class));
        }
        Set<ApplicationStatus> open = EnumSet.noneOf(ApplicationStatus.class);
        Arrays.stream(ApplicationStatus.values()).filter(s -> !s.closed() && s != ApplicationStatus.DRAFT)
                .forEach(open::add);
        return open;
    }

    public List<ApplicationStatus> getStatuses() {
        return List.of(ApplicationStatus.values());
    }

    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public PagedLazyModel<ApplicationSummary> getApplications() { return applications; }
}
