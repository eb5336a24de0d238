package org.inspectorate.shared.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors while checking a command, then throws them together. */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public Validation require(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Validation requireText(String value, String field, String label, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "Enter " + label));
        } else if (value.strip().length() > maxLength) {
            errors.add(new FieldError(field, capitalise(label) + " must be " + maxLength + " characters or fewer"));
        }
        return this;
    }

    public Validation optionalText(String value, String field, String label, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            errors.add(new FieldError(field, capitalise(label) + " must be " + maxLength + " characters or fewer"));
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
    }

    private static String capitalise(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
