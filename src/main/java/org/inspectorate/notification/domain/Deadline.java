package org.inspectorate.notification.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * When a notification of a type was due by law, from its details: used to flag late notifications (a
 * late notification is still accepted: refusing it would lose it). "Without delay" is read as within
 * {@link #WITHOUT_DELAY_DAYS} days of the event.
 */
@FunctionalInterface
public interface Deadline {

    int WITHOUT_DELAY_DAYS = 3;

    /** The last day the notification was in time, or null when there is none to check. */
    LocalDate dueBy(Details details);

    static Deadline none() {
        return d -> null;
    }

    static Deadline withoutDelayAfter(String dateField) {
        return within(dateField, WITHOUT_DELAY_DAYS);
    }

    static Deadline within(String dateField, int days) {
        return d -> d.has(dateField) ? dateOf(d.get(dateField)).plusDays(days) : null;
    }

    static Deadline of(Function<Details, LocalDate> f) {
        return f::apply;
    }

    static LocalDate dateOf(Object value) {
        return value instanceof java.time.LocalDateTime t ? t.toLocalDate() : (LocalDate) value;
    }

    static LocalDate plusWorkingDays(LocalDate start, int days) {
        LocalDate d = start;
        int added = 0;
        while (added < days) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return d;
    }
}
