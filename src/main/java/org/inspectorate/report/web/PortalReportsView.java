package org.inspectorate.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.inspectorate.report.application.ReportQueries;
import org.inspectorate.report.application.ReportSummary;
import org.inspectorate.shared.web.PagedLazyModel;

/** The provider's reports: drafts waiting for their factual accuracy check first, then final and published. */
@Named
@ViewScoped
public class PortalReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportQueries queries;

    private PagedLazyModel<ReportSummary> rows;

    public PagedLazyModel<ReportSummary> getRows() {
        if (rows == null) {
            rows = new PagedLazyModel<>(() -> queries.providerList(new org.inspectorate.shared.domain.PageRequest(1, 1))
                    .total(), page -> queries.providerList(page).items(), r -> String.valueOf(r.id()));
        }
        return rows;
    }
}
