package org.inspectorate.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;
import org.inspectorate.registry.application.RegisterHistory;
import org.inspectorate.registry.application.RegisterOnDate;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.DayInput;
import org.inspectorate.shared.web.Messages;

/**
 * "The register on a past date" on the staff location page: the location ({@code id}) as the register held it on
 * the day asked for ({@code on}, from a plain GET form), or the reason that day cannot be shown, by the field.
 */
@Named
@RequestScoped
public class RegisterOnDateView {

    @Inject
    RegisterHistory history;

    private boolean loaded;
    private String asked;
    private RegisterOnDate register;
    private String error;

    public RegisterOnDate getRegister() {
        load();
        return register;
    }

    public String getError() {
        load();
        return error;
    }

    /** The day as typed, to fill the field again. */
    public String getAsked() {
        load();
        return asked;
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String id = params.get("id");
        asked = params.get("on");
        if (asked == null || asked.isBlank() || id == null || !OrganisationId.isValid(id.strip())) {
            asked = null;
            return;
        }
        asked = asked.strip();
        LocalDate day = asked.length() > 12 ? null : DayInput.parse(asked);
        if (day == null) {
            asked = asked.length() > 12 ? asked.substring(0, 12) : asked;
            error = Messages.get("register.onDate.invalid");
            return;
        }
        try {
            register = history.at(id.strip(), day).orElse(null);
        } catch (ValidationFailure e) {
            error = Messages.get("register.onDate.future");
        }
    }
}
