package org.inspectorate.enforcement.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.inspectorate.shared.api.QueryParams;
import org.inspectorate.shared.domain.ValidationFailure;

/** Request bodies of the enforcement API, and strict parsing of their fields into field errors. */
final class Bodies {

    private Bodies() {
    }

    public record Open(String locationId, String providerId, String origin, String originReference, String summary) {
    }

    public record Decision(Integer version, String decision, String reasons, String meetingKind, String meetingDate,
            String attendees, String breach, String action, String actionDetail) {
    }

    public record Evidence(String kind, String reference, String description) {
    }

    public record Owner(Integer version, Long ownerId) {
    }

    /** A step on an action: which dates and fields matter depends on the step. */
    public record Step(Integer version, String date, String representations, Boolean upheld) {
    }

    static int version(Integer version) {
        if (version == null) {
            throw ValidationFailure.of("version", "Send the version as you loaded it");
        }
        return version;
    }

    static <E extends Enum<E>> E required(String field, String raw, Class<E> type) {
        QueryParams p = new QueryParams();
        E value = p.enumValue(field, raw, type);
        p.done();
        if (value == null) {
            throw ValidationFailure.of(field, field + " must be one of " + String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
        return value;
    }

    static <E extends Enum<E>> E optional(String field, String raw, Class<E> type) {
        QueryParams p = new QueryParams();
        E value = p.enumValue(field, raw, type);
        p.done();
        return value;
    }

    static LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of(field, field + " must be a date like 2026-11-23");
        }
    }
}
