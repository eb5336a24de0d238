package org.inspectorate.rating.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.rating.persistence.RatingStore;
import org.inspectorate.report.application.ReportPublished;

/**
 * Records the publication date of an inspection report against the ratings of its assessment, so that explanations
 * can say when the report came out. Ratings never depend on it: a report without an assessment is ignored.
 */
@ApplicationScoped
public class ReportPublications {

    private static final Logger LOG = Logger.getLogger(ReportPublications.class.getName());

    @Inject
    RatingStore store;

    @Inject
    AuditLog audit;

    @Inject
    ReportPublications self;

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportPublished published) {
        if (published.assessmentId() == null) {
            return;
        }
        try {
            self.record(published);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Report " + published.reportId() + " publication date not recorded: " + e.getMessage());
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(ReportPublished published) {
        int rows = store.recordReportPublished(published.assessmentId(), published.publishedAt());
        if (rows > 0) {
            audit.record("RATING_REPORT_PUBLISHED", "Location", published.locationId(), "Report "
                    + published.reportId() + " of assessment " + published.assessmentId() + " published "
                    + published.publishedAt());
        }
    }
}
