package org.inspectorate.assessment.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.inspectorate.shared.domain.Validation;

/** Parsing what people type into the assessment forms, with a message per field. */
final class Forms {

    private Forms() {
    }

    static LocalDate date(Validation v, String value, String field, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            v.require(false, field, "Enter " + label + " as a date like 2026-03-31");
            return null;
        }
    }

    /** A whole number, or null when empty; a problem when it is not one (so the domain never sees junk). */
    static Integer score(Validation v, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            v.require(false, field, "The score must be a whole number from 1 to 4");
            return null;
        }
    }

    static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
