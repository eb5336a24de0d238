package org.inspectorate.triage.web;

import jakarta.persistence.OptimisticLockException;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.triage.domain.TriageConflict;

/** Runs a staff action from a screen and turns every refusal into a message where the person acted. */
final class StaffActions {

    private StaffActions() {
    }

    /** True when the action succeeded. Field errors go next to the fields of {@code formId}. */
    static boolean run(String formId, String fallbackField, Runnable action) {
        try {
            action.run();
            return true;
        } catch (ValidationFailure e) {
            FacesErrors.show(formId, e);
        } catch (TriageConflict | Forbidden e) {
            FacesErrors.field(formId + ":" + fallbackField, e.getMessage());
        } catch (OptimisticLockException e) {
            FacesErrors.field(formId + ":" + fallbackField, Messages.get("triage.conflict"));
        } catch (NotFound e) {
            FacesErrors.field(formId + ":" + fallbackField, Messages.get("triage.gone"));
        }
        return false;
    }
}
