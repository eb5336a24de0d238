package org.inspectorate.registration.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.inspectorate.registry.domain.ProviderType;
import org.inspectorate.shared.domain.FieldError;

/**
 * The checks of a new provider's application that depend on the type of provider: an organisation gives its
 * Companies House number, a partnership at least two partners; the partners section is asked of partnerships
 * only. The field checks of {@link AnswerChecks} run first.
 */
public final class NewProviderChecks {

    private static final Pattern COMPANY = Pattern.compile("(?i)[A-Z0-9]{8}");

    private NewProviderChecks() {
    }

    /** The sections this applicant must complete. */
    public static List<Section> sections(ProviderType type) {
        return ApplicationCatalogue.sections(ApplicationType.NEW_PROVIDER).stream()
                .filter(s -> !s.key().equals("partners") || type == ProviderType.PARTNERSHIP).toList();
    }

    public static List<FieldError> check(Section section, Map<String, String> answers, ProviderType type) {
        List<FieldError> errors = new ArrayList<>(AnswerChecks.check(section, answers, Set.of(), Set.of()));
        if (section.key().equals("provider")) {
            String given = answers.get("providerType");
            if (given != null && !given.isBlank() && !given.strip().equals(type.name())) {
                replace(errors, "providerType", "The type of provider must stay " + type.label().toLowerCase(
                        java.util.Locale.ROOT) + ", as you said when you started; start a new application to change it");
            }
            String number = blankToNull(answers.get("companiesHouseNumber"));
            if (type == ProviderType.ORGANISATION && number == null) {
                replace(errors, "companiesHouseNumber", "Enter the organisation's Companies House number");
            } else if (number != null && !COMPANY.matcher(number).matches()) {
                replace(errors, "companiesHouseNumber", "Enter a Companies House number of 8 letters and digits, "
                        + "like 01234567");
            }
        }
        if (section.key().equals("partners") && type == ProviderType.PARTNERSHIP) {
            for (String f : List.of("partner1Name", "partner1Email", "partner2Name", "partner2Email")) {
                if (blankToNull(answers.get(f)) == null) {
                    replace(errors, f, "A partnership has at least two partners: enter "
                            + (f.endsWith("Email") ? "their email address" : "their full name"));
                }
            }
        }
        return errors;
    }

    private static void replace(List<FieldError> errors, String field, String message) {
        errors.removeIf(e -> e.field().equals(field));
        errors.add(new FieldError(field, message));
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
