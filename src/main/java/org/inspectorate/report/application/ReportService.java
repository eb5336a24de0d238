package org.inspectorate.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.inspectorate.assessment.application.AssessmentQueries;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.registry.application.LocationDirectory;
import org.inspectorate.registry.application.LocationFacts;
import org.inspectorate.report.domain.Actor;
import org.inspectorate.report.domain.Report;
import org.inspectorate.report.domain.ReportHtml;
import org.inspectorate.report.domain.ReportMove;
import org.inspectorate.report.domain.ReportSection;
import org.inspectorate.report.domain.ReportState;
import org.inspectorate.report.domain.SectionKey;
import org.inspectorate.report.domain.SectionVersion;
import org.inspectorate.report.domain.Transition;
import org.inspectorate.report.persistence.ReportRepository;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.Validation;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.triage.domain.Team;

/**
 * Staff use cases on a report: open it, save and restore sections, move it through the pipeline, hand it to
 * someone else or take it over. Each runs in one transaction with its audit record.
 */
@ApplicationScoped
public class ReportService {

    @Inject
    ReportRepository reports;

    @Inject
    LocationDirectory locations;

    @Inject
    StaffActors actors;

    @Inject
    ReportSettings settings;

    @Inject
    BankHolidaysDeadline deadlines;

    @Inject
    FactualAccuracyMail facMail;

    @Inject
    PublicationService publication;

    @Inject
    AuditLog audit;

    @Inject
    AssessmentQueries assessments;

    @Inject
    Clock clock;

    /** Opens a report for a location (and its assessment, when there is one) with a section for each part. */
    @Transactional
    public long open(String locationId, LocalDate siteVisitEndedOn, Long assessmentId) {
        Actor me = actors.me();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ReportViews.UK);
        new Validation().require(locationId != null && !locationId.isBlank(), "locationId",
                        "Enter the location id, like 1-123456789")
                .require(siteVisitEndedOn != null, "siteVisitEndedOn", "Enter the date the site visit ended")
                .require(siteVisitEndedOn == null || !siteVisitEndedOn.isAfter(today), "siteVisitEndedOn",
                        "The site visit must have ended today or before")
                .require(siteVisitEndedOn == null || siteVisitEndedOn.isAfter(today.minusYears(5)), "siteVisitEndedOn",
                        "The site visit must have ended in the last five years")
                .throwIfInvalid();
        LocationFacts l = locations.facts(locationId.strip()).orElseThrow(() -> ValidationFailure.of("locationId",
                "There is no location with id " + locationId.strip()));
        if (assessmentId != null && !assessments.locationOf(assessmentId).map(l.id()::equals).orElse(false)) {
            throw ValidationFailure.of("assessmentId", "There is no assessment " + assessmentId + " of location "
                    + l.id() + ": choose one of this location's assessments, or none");
        }
        Instant now = clock.instant();
        Report r = new Report(l.id(), l.name(), l.providerId(), Team.forServiceTypes(l.serviceTypes()).name(),
                l.region(), assessmentId, siteVisitEndedOn, me, now);
        reports.add(r);
        reports.flush();
        for (SectionKey k : SectionKey.values()) {
            reports.add(new ReportSection(r.id(), k, now));
        }
        reports.add(new ReportMove(r.id(), null, ReportState.DRAFT, "OPEN", me.id(), me.name(), null, now));
        audit.record("REPORT_OPENED", "Report", r.id().toString(), null, r.auditSnapshot(), null);
        return r.id();
    }

    /** Saves one section's text (sanitised here) if it is based on the current version; see {@link ReportSection}. */
    @Transactional
    public SaveResult save(long reportId, SectionKey key, Integer baseVersion, String html, boolean release) {
        Actor me = actors.me();
        new Validation().require(key != null, "section", "There is no such section")
                .require(baseVersion != null, "baseVersion", "Send the version your text is based on")
                .require(html == null || html.length() <= ReportHtml.MAX_LENGTH, "html",
                        "The section is too long to save: at most " + ReportHtml.MAX_LENGTH + " characters")
                .throwIfInvalid();
        Report r = report(reportId);
        r.requireEditable();
        ReportSection s = reports.sectionForUpdate(reportId, key).orElseThrow(() -> new NotFound("section", key.name()));
        Instant now = clock.instant();
        SectionVersion v = s.save(ReportHtml.sanitise(html), baseVersion, me, now, settings.lease(), release);
        if (v != null) {
            reports.add(v);
            reports.touch(reportId, now);
            audit.record("REPORT_SECTION_SAVED", "Report", String.valueOf(reportId), null,
                    Map.of("section", key.name(), "version", v.version()), null);
        }
        return new SaveResult(key.name(), s.version(), v != null, s.updatedAt(), s.leaseExpiresAt());
    }

    /** Makes an earlier version the current text again, as a new version (nothing in the history is lost). */
    @Transactional
    public SaveResult restore(long reportId, SectionKey key, Integer version, Integer baseVersion) {
        Actor me = actors.me();
        new Validation().require(version != null, "version", "Choose the version to restore")
                .require(baseVersion != null, "baseVersion", "Send the version you are looking at").throwIfInvalid();
        Report r = report(reportId);
        r.requireEditable();
        SectionVersion old = reports.version(reportId, key, version).orElseThrow(() -> ValidationFailure.of("version",
                "There is no version " + version + " of this section"));
        ReportSection s = reports.sectionForUpdate(reportId, key).orElseThrow(() -> new NotFound("section", key.name()));
        Instant now = clock.instant();
        SectionVersion v = s.save(old.html(), baseVersion, me, now, settings.lease(), true);
        if (v != null) {
            reports.add(v.restoring(version));
            reports.touch(reportId, now);
            audit.record("REPORT_SECTION_RESTORED", "Report", String.valueOf(reportId), null,
                    Map.of("section", key.name(), "version", v.version(), "restoredFrom", version), null);
        }
        return new SaveResult(key.name(), s.version(), v != null, s.updatedAt(), s.leaseExpiresAt());
    }

    /** Moves the report through the pipeline; passing review starts the factual accuracy check. */
    @Transactional
    public void move(long reportId, Transition t, String reason) {
        Actor me = actors.me();
        if (t == null) {
            throw ValidationFailure.of("transition", "Choose what to do with the report");
        }
        Report r = report(reportId);
        if (t.managersOnly()) {
            actors.requireManager("withdraw or reinstate reports", reportId);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ReportViews.UK);
        LocalDate deadline = deadlines.from(today);
        Map<String, Object> before = r.auditSnapshot();
        ReportState from = r.state();
        if (t == Transition.PUBLISH || t == Transition.FINALISE) {
            requireText(reportId);
        }
        ReportMove m = r.apply(t, me, reason, now, new Report.MoveFacts(today, reports.unansweredComments(reportId),
                deadline));
        reports.add(m);
        audit.record("REPORT_" + t.name(), "Report", r.id().toString(), before, r.auditSnapshot(), m.reason());
        if (t == Transition.PASS_REVIEW) {
            facMail.draftReady(r);
        } else if (t == Transition.PUBLISH) {
            publication.publish(r, now);
        } else if (t == Transition.WITHDRAW && from == ReportState.PUBLISHED) {
            publication.withdraw(r, now);
        }
        publication.moved(r, t, now);
    }

    /** Gives the report to another member of staff: managers, or the owner passing it on. */
    @Transactional
    public void assign(long reportId, Long staffId) {
        Actor me = actors.me();
        if (staffId == null) {
            throw ValidationFailure.of("staffId", "Choose who to give the report to");
        }
        Report r = report(reportId);
        if (r.ownerId() == null || r.ownerId() != me.id()) {
            actors.requireManager("reassign someone else's report", reportId);
        }
        handOver(r, actors.staffMember(staffId), "REPORT_REASSIGNED");
    }

    /** A manager takes the report over, whoever holds it or its editing leases. */
    @Transactional
    public void takeOver(long reportId) {
        Actor me = actors.me();
        actors.requireManager("take over reports", reportId);
        handOver(report(reportId), me, "REPORT_TAKEN_OVER");
    }

    private void handOver(Report r, Actor to, String action) {
        Map<String, Object> before = r.auditSnapshot();
        Instant now = clock.instant();
        r.assignTo(to, now);
        reports.sections(r.id()).forEach(ReportSection::releaseLease);
        Actor me = actors.me();
        reports.add(new ReportMove(r.id(), r.state(), r.state(), action.substring(7), me.id(), me.name(),
                "Now " + to.name() + "'s", now));
        audit.record(action, "Report", r.id().toString(), before, r.auditSnapshot(), "To " + to.name());
    }

    private void requireText(long reportId) {
        boolean empty = reports.sections(reportId).stream()
                .anyMatch(s -> s.key() == SectionKey.SUMMARY && ReportHtml.blank(s.html()));
        if (empty) {
            throw ValidationFailure.of("SUMMARY", "Write the summary before the report is finalised or published");
        }
    }

    Report report(long id) {
        return reports.find(id).orElseThrow(() -> new NotFound("report", String.valueOf(id)));
    }
}
