package org.inspectorate.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.inspectorate.report.application.ReportService;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;

/**
 * Opens a report for a location (linked from the staff location page, or from an assessment, whose id it then
 * carries) with the date its site visit ended.
 */
@Named
@RequestScoped
public class ReportOpenView {

    @Inject
    ReportService service;

    private String locationId;
    private String siteVisitEndedOn;
    private Long assessmentId;

    public void open() {
        long[] id = new long[1];
        if (ReportActions.run("open", "locationId", () -> id[0] = service.open(locationId, date(), assessmentId))) {
            FacesErrors.info(Messages.get("report.opened"));
            Pages.redirect("/staff/reports/edit.xhtml?id=" + id[0]);
        }
    }

    private LocalDate date() {
        if (siteVisitEndedOn == null || siteVisitEndedOn.isBlank()) {
            return null;
        }
        LocalDate day = org.inspectorate.shared.web.DayInput.parse(siteVisitEndedOn);
        if (day == null) {
            throw ValidationFailure.of("siteVisitEndedOn", Messages.get("report.badDate"));
        }
        return day;
    }

    public String getLocationId() { return locationId; }
    public void setLocationId(String v) { locationId = v; }
    public Long getAssessmentId() { return assessmentId; }
    public void setAssessmentId(Long v) { assessmentId = v; }
    public String getSiteVisitEndedOn() { return siteVisitEndedOn; }
    public void setSiteVisitEndedOn(String v) { siteVisitEndedOn = v; }
}
