package org.inspectorate.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.report.domain.Report;
import org.inspectorate.report.domain.ReportState;
import org.inspectorate.report.persistence.ReportRepository;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.security.Caller;

/**
 * What a provider-side caller may see of reports: their organisation's, at locations they reach, once the
 * draft has been sent for factual accuracy. Anything else is "not found", and the attempt is audited.
 */
@ApplicationScoped
public class ProviderReports {

    @Inject
    ReportRepository reports;

    @Inject
    ProviderAccess access;

    @Inject
    AuditLog audit;

    public Report visible(long reportId, boolean act) {
        String providerId = access.requireProvider();
        Report r = reports.find(reportId).orElse(null);
        if (r == null || !providerId.equals(r.providerId()) || !providerMaySee(r.state())) {
            audit.recordSecurityEvent("ACCESS_REFUSED", "Report", String.valueOf(reportId),
                    r == null ? "No such report" : "Not the caller's organisation, or not sent to it");
            throw new NotFound("report", String.valueOf(reportId));
        }
        access.checkLocation(r.locationId(), act);
        return r;
    }

    static boolean providerMaySee(ReportState s) {
        return s == ReportState.FACTUAL_ACCURACY || s == ReportState.FINAL || s == ReportState.PUBLISHED;
    }

    Caller caller() {
        return access.caller();
    }
}
