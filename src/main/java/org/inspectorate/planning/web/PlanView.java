package org.inspectorate.planning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import jakarta.persistence.OptimisticLockException;
import org.inspectorate.identity.application.StaffDirectory;
import org.inspectorate.planning.application.PlanningService;
import org.inspectorate.planning.application.RiskQueries;
import org.inspectorate.planning.application.RiskView;
import org.inspectorate.planning.domain.AssessmentKind;
import org.inspectorate.planning.domain.PlanningConflict;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;

/** Planning an assessment of one location: its position and reasons, then who, when and what kind. */
@Named
@ViewScoped
public class PlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RiskQueries risk;

    @Inject
    PlanningService planning;

    @Inject
    StaffDirectory staff;

    private String locationId;
    private RiskView position;
    private Long inspectorId;
    private String plannedOn;
    private AssessmentKind kind;
    private String note;

    public void load() {
        position = locationId == null ? null : risk.location(locationId.strip()).orElse(null);
        if (position == null) {
            Pages.notFound();
        }
    }

    public void plan() {
        try {
            LocalDate on = plannedOn == null || plannedOn.isBlank() ? null : LocalDate.parse(plannedOn.strip());
            planning.plan(locationId, inspectorId, on, kind, note);
            FacesErrors.info(Messages.get("planning.planned"));
            Pages.redirect("/staff/planning/schedule.xhtml?month=" + YearMonth.from(on));
        } catch (DateTimeParseException e) {
            FacesErrors.field("plan:plannedOn", Messages.get("enforcement.badDate"));
        } catch (ValidationFailure e) {
            FacesErrors.show("plan", e);
        } catch (PlanningConflict | Forbidden e) {
            FacesErrors.field("plan:inspectorId", e.getMessage());
        } catch (OptimisticLockException e) {
            FacesErrors.field("plan:inspectorId", Messages.get("enforcement.conflict"));
        }
    }

    public List<StaffDirectory.StaffMember> getStaff() {
        return staff.active();
    }

    public List<AssessmentKind> getKinds() {
        return List.of(AssessmentKind.values());
    }

    public String getLocationId() { return locationId; }
    public void setLocationId(String v) { locationId = v; }
    public RiskView getPosition() { return position; }
    public Long getInspectorId() { return inspectorId; }
    public void setInspectorId(Long v) { inspectorId = v; }
    public String getPlannedOn() { return plannedOn; }
    public void setPlannedOn(String v) { plannedOn = v; }
    public AssessmentKind getKind() { return kind; }
    public void setKind(AssessmentKind v) { kind = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
}
