package org.inspectorate.registration.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.inspectorate.registry.domain.Labelled;
import org.inspectorate.registry.domain.Postcode;
import org.inspectorate.registry.domain.ServiceType;
import org.inspectorate.shared.domain.FieldError;

/**
 * Checks a section's answers field by field. Each error names the field (its name in the form and the API)
 * and says what to do, as the GOV.UK error message pattern asks. Dynamic choices (the provider's locations,
 * conditions) are passed in, since they come from the register.
 */
public final class AnswerChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private AnswerChecks() {
    }

    public static List<FieldError> check(Section section, Map<String, String> answers, Set<String> locationIds,
            Set<String> conditionIds) {
        return check(section, answers, locationIds, conditionIds, RegisteredNames.NONE);
    }

    /**
     * As above, with the people on the register: a manager named must be registered at the location chosen in
     * the same section (not checked while that location is itself wrong), a partner a current partner.
     */
    public static List<FieldError> check(Section section, Map<String, String> answers, Set<String> locationIds,
            Set<String> conditionIds, RegisteredNames names) {
        return check(section, answers, locationIds, conditionIds, names, null);
    }

    /**
     * As above, and across fields: a care home gives its number of beds (and other services none), and a start
     * date is not before {@code today} (not checked when {@code today} is null). Errors stay in field order.
     */
    public static List<FieldError> check(Section section, Map<String, String> answers, Set<String> locationIds,
            Set<String> conditionIds, RegisteredNames names, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        for (Field f : section.fields()) {
            String v = answers.get(f.name());
            String value = v == null ? "" : v.strip();
            if (value.isEmpty()) {
                if (f.required()) {
                    errors.add(new FieldError(f.name(), (f.isChoice() || f.isMultiChoice() ? "Choose " : "Enter ")
                            + lower(f.label())));
                }
                continue;
            }
            String problem = f.kind() == Field.Kind.MANAGER || f.kind() == Field.Kind.PARTNER
                    ? person(f, value, answers.get("locationId"), locationIds, names)
                    : problem(f, value, locationIds, conditionIds);
            if (problem != null) {
                errors.add(new FieldError(f.name(), problem));
            }
        }
        beds(section, answers, errors);
        startDate(section, answers, today, errors);
        List<String> order = section.fields().stream().map(Field::name).toList();
        errors.sort(java.util.Comparator.comparingInt(e -> order.indexOf(e.field())));
        return errors;
    }

    /** Beds are a care home's: one with nursing or without gives how many (at least one); other services none. */
    private static void beds(Section section, Map<String, String> answers, List<FieldError> errors) {
        if (section.field("beds") == null || section.field("serviceType") == null || failed(errors, "beds")) {
            return;
        }
        ServiceType type = Labelled.named(ServiceType.class, answers.get("serviceType") == null ? null
                : answers.get("serviceType").strip()).orElse(null);
        String beds = answers.get("beds") == null ? "" : answers.get("beds").strip();
        if (type == null) {
            return;
        }
        if (type.careHome() && beds.isEmpty()) {
            errors.add(new FieldError("beds", "Enter the number of beds: a " + lower(type.label())
                    + " must say how many it has"));
        } else if (type.careHome() && Integer.parseInt(beds) == 0) {
            errors.add(new FieldError("beds", "Enter the number of beds: a care home has at least one"));
        } else if (!type.careHome() && !beds.isEmpty()) {
            errors.add(new FieldError("beds", "Leave the number of beds empty: only care homes have beds"));
        }
    }

    /** A start is planned: it may be today, not a day already gone. */
    private static void startDate(Section section, Map<String, String> answers, LocalDate today,
            List<FieldError> errors) {
        if (today == null || section.field("startDate") == null || failed(errors, "startDate")) {
            return;
        }
        String v = answers.get("startDate");
        if (v != null && !v.isBlank() && LocalDate.parse(v.strip()).isBefore(today)) {
            errors.add(new FieldError("startDate", "The start date must be today or in the future"));
        }
    }

    private static boolean failed(List<FieldError> errors, String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    private static String problem(Field f, String value, Set<String> locationIds, Set<String> conditionIds) {
        if (value.length() > f.maxLength()) {
            return f.label() + " must be " + f.maxLength() + " characters or fewer";
        }
        return switch (f.kind()) {
            case TEXT, LONG_TEXT -> null;
            case POSTCODE -> Postcode.isValid(value) ? null : "Enter a real postcode, like LS1 4AB";
            case EMAIL -> EMAIL.matcher(value).matches() ? null : "Enter an email address like name@example.com";
            case DATE -> date(value);
            case NUMBER -> number(value);
            case CHOICE -> f.options().stream().anyMatch(o -> o.code().equals(value)) ? null
                    : "Choose " + lower(f.label()) + " from the list";
            case MULTI_CHOICE -> Arrays.stream(value.split(",")).map(String::strip).allMatch(c -> f.options().stream()
                    .anyMatch(o -> o.code().equals(c))) ? null : "Choose " + lower(f.label()) + " from the list";
            case LOCATION -> locationIds.contains(value) ? null : "Choose one of your organisation's locations";
            case CONDITION -> conditionIds.contains(value) ? null : "Choose one of your conditions of registration";
            case CONFIRM -> "true".equals(value) ? null : "Confirm " + lower(f.label());
            case MANAGER, PARTNER -> null;
        };
    }

    private static String person(Field f, String value, String locationId, Set<String> locationIds,
            RegisteredNames names) {
        if (value.length() > f.maxLength()) {
            return f.label() + " must be " + f.maxLength() + " characters or fewer";
        }
        if (f.kind() == Field.Kind.PARTNER) {
            return names.isPartner(value) ? null
                    : value + " is not a partner on the register: choose one of your current partners";
        }
        String location = locationId == null ? "" : locationId.strip();
        if (!locationIds.contains(location)) {
            return null;
        }
        return names.isManagerAt(location, value) ? null
                : value + " is not a registered manager at that location: choose one of its registered managers";
    }

    private static String date(String value) {
        try {
            LocalDate d = LocalDate.parse(value);
            return d.getYear() < 2000 || d.getYear() > 2100 ? "Enter a date between 2000 and 2100" : null;
        } catch (DateTimeParseException e) {
            return "Enter a real date, for example 2027-03-27";
        }
    }

    private static String number(String value) {
        try {
            int n = Integer.parseInt(value);
            return n < 0 || n > 2000 ? "Enter a number between 0 and 2000" : null;
        } catch (NumberFormatException e) {
            return "Enter a whole number, like 30";
        }
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
