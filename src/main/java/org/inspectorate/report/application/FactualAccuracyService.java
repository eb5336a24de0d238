package org.inspectorate.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.files.application.FileInfo;
import org.inspectorate.files.application.FileStore;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.report.domain.Actor;
import org.inspectorate.report.domain.CorrectionType;
import org.inspectorate.report.domain.FacComment;
import org.inspectorate.report.domain.Report;
import org.inspectorate.report.domain.ReportConflict;
import org.inspectorate.report.domain.ReportState;
import org.inspectorate.report.domain.SectionKey;
import org.inspectorate.report.persistence.ReportRepository;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.time.Days;

/**
 * The factual accuracy check: the provider comments per section (with evidence) or confirms there are no
 * inaccuracies; staff respond to each comment, accepted or not, with reasons.
 */
@ApplicationScoped
public class FactualAccuracyService {

    public static final int MAX_EVIDENCE = 20;

    @Inject
    ReportRepository reports;

    @Inject
    ProviderAccess access;

    @Inject
    ProviderReports providerReports;

    @Inject
    FileStore files;

    @Inject
    StaffActors actors;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public long comment(long reportId, String section, String correctionType, String text, List<String> evidence) {
        Report r = providerReports.visible(reportId, true);
        Instant now = clock.instant();
        if (!r.acceptsProviderComments(today(now))) {
            throw new ReportConflict(r.state() != ReportState.FACTUAL_ACCURACY
                    ? "This report is not in its factual accuracy check."
                    : r.facRespondedAt() != null ? "Your organisation has already responded to this draft."
                    : "The deadline for comments (" + Days.written(r.facDeadline()) + ") has passed.");
        }
        SectionKey key = SectionKey.parse(section);
        CorrectionType type = parseType(correctionType);
        List<FacComment.Evidence> attached = evidence(evidence);
        Caller c = access.caller();
        FacComment comment = new FacComment(reportId, key, type, text, c.userId(), c.name(), attached, now);
        reports.add(comment);
        reports.touch(reportId, now);
        reports.flush();
        audit.record("REPORT_FAC_COMMENTED", "Report", String.valueOf(reportId), null,
                Map.of("comment", comment.id(), "section", key.name(), "evidence", attached.size()), null);
        return comment.id();
    }

    /** The provider has finished: their comments stand, or (with none) they confirm there are no inaccuracies. */
    @Transactional
    public void providerResponse(long reportId, boolean noInaccuracies) {
        Report r = providerReports.visible(reportId, true);
        long comments = reports.comments(reportId).size();
        if (!noInaccuracies && comments == 0) {
            throw ValidationFailure.of("noInaccuracies",
                    "Comment on at least one section, or confirm there are no inaccuracies");
        }
        if (noInaccuracies && comments > 0) {
            throw ValidationFailure.of("noInaccuracies",
                    "You have commented on this draft, so you cannot also confirm there are no inaccuracies");
        }
        Instant now = clock.instant();
        Map<String, Object> before = r.auditSnapshot();
        r.providerResponded(noInaccuracies, today(now), now);
        audit.record("REPORT_FAC_RESPONDED", "Report", String.valueOf(reportId), before, r.auditSnapshot(),
                noInaccuracies ? "No inaccuracies" : comments + " comments");
    }

    /** Staff respond to a comment: accepted or not, with the reason. */
    @Transactional
    public void respond(long reportId, long commentId, Boolean accepted, String reason) {
        Actor me = actors.me();
        FacComment c = reports.comment(commentId).filter(x -> x.reportId() == reportId)
                .orElseThrow(() -> new NotFound("comment", String.valueOf(commentId)));
        Report r = reports.find(reportId).orElseThrow(() -> new NotFound("report", String.valueOf(reportId)));
        if (r.state() != ReportState.FACTUAL_ACCURACY) {
            throw new ReportConflict("Comments are answered during the factual accuracy check; this report is "
                    + r.state().label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        Instant now = clock.instant();
        c.respond(accepted, reason, me, now);
        reports.touch(reportId, now);
        audit.record("REPORT_FAC_COMMENT_ANSWERED", "Report", String.valueOf(reportId), null,
                Map.of("comment", commentId, "accepted", accepted), c.responseReason());
    }

    private List<FacComment.Evidence> evidence(List<String> ids) {
        List<FacComment.Evidence> out = new ArrayList<>();
        if (ids == null) {
            return out;
        }
        if (ids.size() > MAX_EVIDENCE) {
            throw ValidationFailure.of("evidence", "Attach at most " + MAX_EVIDENCE + " files to one comment");
        }
        for (String raw : ids) {
            FileInfo f;
            try {
                f = files.info(UUID.fromString(raw));
            } catch (IllegalArgumentException | NotFound e) {
                throw ValidationFailure.of("evidence", "There is no uploaded file " + raw);
            }
            if (!f.stored()) {
                throw ValidationFailure.of("evidence", f.name() + " has not finished uploading or was refused");
            }
            out.add(new FacComment.Evidence(f.id(), f.name()));
        }
        return out;
    }

    private static CorrectionType parseType(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return CorrectionType.valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of("correctionType", "The kind of correction must be TYPOGRAPHICAL,"
                    + " FACTUAL_INACCURACY or OMISSION");
        }
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ReportViews.UK);
    }
}
