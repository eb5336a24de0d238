package org.inspectorate.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.ValidationFailure;

/** Puts field errors from the domain next to the matching inputs of a form. */
public final class FacesErrors {

    private FacesErrors() {
    }

    /** Each field name is the id of its input inside the form with id {@code formId}. */
    public static void show(String formId, ValidationFailure failure) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError e : failure.errors()) {
            faces.addMessage(formId + ":" + e.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(), e.message()));
        }
        faces.validationFailed();
    }

    public static void field(String clientId, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        faces.validationFailed();
    }

    public static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }
}
