package org.inspectorate.shared.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;

/**
 * Parses query parameters strictly: a malformed value is a 400 naming the parameter, never a 404 or 500.
 * Collect all problems, then call {@link #done()}.
 */
public final class QueryParams {

    private final List<FieldError> errors = new ArrayList<>();

    public int integer(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                errors.add(new FieldError(name, name + " must be between " + min + " and " + max));
                return defaultValue;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, name + " must be a whole number"));
            return defaultValue;
        }
    }

    public <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String normalised = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return Enum.valueOf(type, normalised);
        } catch (IllegalArgumentException e) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            errors.add(new FieldError(name, name + " must be one of " + String.join(", ", allowed)));
            return null;
        }
    }

    public String text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > maxLength) {
            errors.add(new FieldError(name, name + " must be " + maxLength + " characters or fewer"));
            return null;
        }
        return raw.strip();
    }

    /** A day written as 2027-01-31; null when absent. */
    public java.time.LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(raw.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new FieldError(name, name + " must be a date such as 2027-01-31"));
            return null;
        }
    }

    public PageRequest page(String page, String perPage) {
        int p = integer("page", page, 1, 1, 100_000);
        int size = integer("perPage", perPage, 20, 1, PageRequest.MAX_SIZE);
        return new PageRequest(p, size);
    }

    public void done() {
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
    }
}
