package org.inspectorate.shared.domain;

import java.util.List;

/**
 * Thrown when a command is refused because of its input. Carries every field problem at once so that
 * a screen can show a complete error summary and the API a complete problem document.
 */
public class ValidationFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public ValidationFailure(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static ValidationFailure of(String field, String message) {
        return new ValidationFailure(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
