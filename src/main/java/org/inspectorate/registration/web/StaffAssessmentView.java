package org.inspectorate.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.inspectorate.registration.application.StaffWorkflow;
import org.inspectorate.registration.domain.AssessmentRecord;
import org.inspectorate.shared.domain.ValidationFailure;

/** Assessment actions on the staff application page: requests for information, interviews and site visits. */
@Named
@ViewScoped
public class StaffAssessmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffApplicationView page;

    @Inject
    StaffWorkflow workflow;

    private String question;
    private String dueOn;
    private String recordKind;
    private String heldOn;
    private String subject;
    private boolean satisfactory = true;
    private String notes;

    public void request() {
        page.act("request", () -> workflow.requestInformation(page.getApplication().id(), question,
                date("dueOn", dueOn)), "registration.request.sent");
    }

    public void record() {
        page.act("record", () -> workflow.record(page.getApplication().id(), recordKind == null || recordKind.isBlank()
                ? null : AssessmentRecord.Kind.valueOf(recordKind), date("heldOn", heldOn), subject, satisfactory, notes),
                "registration.record.saved");
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ValidationFailure.of(field, "Enter a date");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of(field, "Enter a real date");
        }
    }

    public String getQuestion() { return question; }
    public void setQuestion(String v) { question = v; }
    public String getDueOn() { return dueOn; }
    public void setDueOn(String v) { dueOn = v; }
    public String getRecordKind() { return recordKind; }
    public void setRecordKind(String v) { recordKind = v; }
    public String getHeldOn() { return heldOn; }
    public void setHeldOn(String v) { heldOn = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public boolean isSatisfactory() { return satisfactory; }
    public void setSatisfactory(boolean v) { satisfactory = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
}
