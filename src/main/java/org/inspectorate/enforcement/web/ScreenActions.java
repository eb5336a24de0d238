package org.inspectorate.enforcement.web;

import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.inspectorate.enforcement.domain.EnforcementConflict;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;

/** Runs an enforcement action from a screen and turns every refusal into a message where the person acted. */
final class ScreenActions {

    private ScreenActions() {
    }

    /** True when the action succeeded. Field errors go next to the fields of {@code formId}. */
    static boolean run(String formId, String fallbackField, Runnable action) {
        try {
            action.run();
            return true;
        } catch (ValidationFailure e) {
            FacesErrors.show(formId, e);
        } catch (EnforcementConflict | Forbidden e) {
            FacesErrors.field(formId + ":" + fallbackField, e.getMessage());
        } catch (OptimisticLockException e) {
            FacesErrors.field(formId + ":" + fallbackField, Messages.get("enforcement.conflict"));
        } catch (NotFound e) {
            FacesErrors.field(formId + ":" + fallbackField, Messages.get("enforcement.gone"));
        }
        return false;
    }

    /** A date typed as 2026-11-23 (what a date input sends); a bad one is a field error. */
    static LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of(field, Messages.get("enforcement.badDate"));
        }
    }
}
