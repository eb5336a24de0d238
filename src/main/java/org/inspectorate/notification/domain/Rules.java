package org.inspectorate.notification.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import org.inspectorate.shared.domain.FieldError;

/** Checks across fields that several notification types share, and the thresholds the regulations set. */
final class Rules {

    private Rules() {
    }

    /** When both are given, {@code later} may not be before {@code earlier}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Rule notBefore(String later, String earlier, String message) {
        return (d, now, errors) -> {
            Object a = d.get(later);
            Object b = d.get(earlier);
            if (a instanceof Comparable ca && b != null && ca.compareTo(b) < 0) {
                errors.add(new FieldError(later, message));
            }
        };
    }

    static Rule requiredWhen(String field, String condition, String value, String message) {
        return (d, now, errors) -> {
            if (value.equals(d.text(condition)) && !d.has(field)) {
                errors.add(new FieldError(field, message));
            }
        };
    }

    static void changeDateMatchesProposed(Details d, LocalDateTime now, List<FieldError> errors) {
        boolean future = d.date("effectiveDate").isAfter(now.toLocalDate());
        if (d.yes("proposed") && d.date("effectiveDate").isBefore(now.toLocalDate())) {
            errors.add(new FieldError("effectiveDate",
                    "A change still to happen takes effect today or later; if it has happened, answer no"));
        } else if (!d.yes("proposed") && future) {
            errors.add(new FieldError("effectiveDate",
                    "A change that has happened took effect today or earlier; if it is still to happen, answer yes"));
        }
    }

    /** Regulation 17: only absences that continue past midnight are notified. */
    static void absencePastMidnight(Details d, LocalDateTime now, List<FieldError> errors) {
        if (!d.dateTime("absentSince").toLocalDate().isBefore(now.toLocalDate())) {
            errors.add(new FieldError("absentSince",
                    "An unauthorised absence is notified once it continues past midnight"));
        }
    }

    /** Regulation 18(2)(g): utilities and safety devices count once they have failed for more than 24 hours. */
    static void lastedLongEnough(Details d, LocalDateTime now, List<FieldError> errors) {
        String kind = d.text("eventKind");
        if (("UTILITY_INTERRUPTION".equals(kind) || "SAFETY_SYSTEM_FAILURE".equals(kind))
                && !longer(d.dateTime("startedAt"), d.has("endedAt") ? d.dateTime("endedAt") : now, Duration.ofHours(24))) {
            errors.add(new FieldError("startedAt",
                    "An interruption or failure is notified once it has lasted more than 24 continuous hours"));
        }
    }

    /** Regulation 18(2)(h): a person under 18 in an adult psychiatric unit for more than 48 hours. */
    static void over48Hours(Details d, LocalDateTime now, List<FieldError> errors) {
        if (!longer(d.dateTime("admittedAt"), d.has("dischargedAt") ? d.dateTime("dischargedAt") : now,
                Duration.ofHours(48))) {
            errors.add(new FieldError("admittedAt",
                    "This is notified once the young person has been in the unit for more than 48 hours"));
        }
    }

    private static boolean longer(Temporal from, Temporal to, Duration threshold) {
        return Duration.between(from, to).compareTo(threshold) > 0;
    }
}
