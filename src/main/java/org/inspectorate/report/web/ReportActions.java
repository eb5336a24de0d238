package org.inspectorate.report.web;

import jakarta.persistence.OptimisticLockException;
import org.inspectorate.report.domain.EditConflict;
import org.inspectorate.report.domain.ReportConflict;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;

/** Runs an action from a report screen and turns every refusal into a message where the person acted. */
final class ReportActions {

    private ReportActions() {
    }

    /** True when the action succeeded. Field errors go next to the fields of {@code formId}. */
    static boolean run(String formId, String fallbackField, Runnable action) {
        return run(formId, fallbackField, action, true);
    }

    /** With {@code byField} false every message goes to the fallback field (several items in one form). */
    static boolean run(String formId, String fallbackField, Runnable action, boolean byField) {
        try {
            action.run();
            return true;
        } catch (ValidationFailure e) {
            boolean known = e.errors().stream().allMatch(f -> f.field().equals(fallbackField)
                    || f.field().equals("reason") || f.field().equals("text") || f.field().equals("staffId")
                    || f.field().equals("locationId") || f.field().equals("siteVisitEndedOn")
                    || f.field().equals("accepted"));
            if (known && byField) {
                FacesErrors.show(formId, e);
            } else {
                FacesErrors.field(formId + ":" + fallbackField, e.getMessage());
            }
        } catch (ReportConflict | Forbidden | EditConflict e) {
            FacesErrors.field(formId + ":" + fallbackField, e.getMessage());
        } catch (OptimisticLockException e) {
            FacesErrors.field(formId + ":" + fallbackField, Messages.get("report.changed"));
        } catch (NotFound e) {
            FacesErrors.field(formId + ":" + fallbackField, Messages.get("report.gone"));
        }
        return false;
    }
}
