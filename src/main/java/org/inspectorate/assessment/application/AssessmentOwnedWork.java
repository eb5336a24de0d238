package org.inspectorate.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.inspectorate.shared.work.OwnedWork;
import org.inspectorate.shared.work.WorkKind;

/** Open assessments change lead, by a manager. */
@ApplicationScoped
public class AssessmentOwnedWork implements OwnedWork {

    @Inject
    AssessmentService assessments;

    @Override
    public WorkKind kind() {
        return WorkKind.ASSESSMENT;
    }

    @Override
    public void reassign(long id, int version, long toStaffId) {
        assessments.reassign(id, version, toStaffId);
    }

    @Override
    public String path(long id, LocalDate dueOn) {
        return "/staff/assessments/view.xhtml?id=" + id;
    }
}
