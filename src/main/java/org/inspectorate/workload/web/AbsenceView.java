package org.inspectorate.workload.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.inspectorate.identity.application.StaffDirectory;
import org.inspectorate.identity.application.StaffDirectory.StaffMember;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.time.Days;
import org.inspectorate.shared.web.DayInput;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.PagedLazyModel;
import org.inspectorate.shared.web.Pages;
import org.inspectorate.workload.application.AbsenceRecord;
import org.inspectorate.workload.application.AbsenceService;
import org.inspectorate.workload.application.WorkloadAccess;

/** Recording absence: one's own, or (for managers) anyone's; and the absences not over yet, with cancelling. */
@Named
@ViewScoped
public class AbsenceView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/staff/absence.xhtml";

    @Inject
    AbsenceService absences;

    @Inject
    StaffDirectory staff;

    @Inject
    WorkloadAccess access;

    private PagedLazyModel<AbsenceRecord> rows;
    private Long staffId;
    private String startsOn;
    private String endsOn;

    @PostConstruct
    void init() {
        rows = new PagedLazyModel<>(absences::countCurrent, p -> absences.current(p).items(),
                r -> String.valueOf(r.id()));
    }

    public void record() {
        LocalDate first = DayInput.parse(startsOn);
        LocalDate last = DayInput.parse(endsOn);
        boolean unreadable = false;
        if (startsOn != null && !startsOn.isBlank() && first == null) {
            FacesErrors.field("absence:startsOn", Messages.get("absence.badDate.from"));
            unreadable = true;
        }
        if (endsOn != null && !endsOn.isBlank() && last == null) {
            FacesErrors.field("absence:endsOn", Messages.get("absence.badDate.to"));
            unreadable = true;
        }
        if (unreadable) {
            return;
        }
        try {
            AbsenceRecord r = absences.record(staffId, first, last);
            FacesErrors.info(Messages.get("absence.recorded", r.staffName(), Days.written(r.startsOn()),
                    Days.written(r.endsOn())));
            Pages.redirect(PAGE);
        } catch (ValidationFailure e) {
            FacesErrors.show("absence", e);
        }
    }

    public void cancel(AbsenceRecord r) {
        try {
            absences.cancel(r.id());
            FacesErrors.info(Messages.get("absence.cancelled", r.staffName()));
            Pages.redirect(PAGE);
        } catch (ValidationFailure e) {
            FacesErrors.field("absences:table", e.errors().get(0).message());
        } catch (NotFound e) {
            FacesErrors.field("absences:table", e.getMessage());
        }
    }

    public boolean isManager() {
        return access.isManager();
    }

    public List<StaffMember> getStaff() {
        return isManager() ? staff.active() : List.of();
    }

    public String day(LocalDate d) {
        return Days.written(d);
    }

    public PagedLazyModel<AbsenceRecord> getRows() { return rows; }
    public Long getStaffId() { return staffId; }
    public void setStaffId(Long v) { staffId = v; }
    public String getStartsOn() { return startsOn; }
    public void setStartsOn(String v) { startsOn = v; }
    public String getEndsOn() { return endsOn; }
    public void setEndsOn(String v) { endsOn = v; }
}
