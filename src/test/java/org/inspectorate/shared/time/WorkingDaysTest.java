package org.inspectorate.shared.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    /** Christmas 2026: Friday 25th, Boxing Day substitute Monday 28th. */
    private final WorkingDays days = new WorkingDays(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1)));

    @Test
    void tenWorkingDaysFromAMondayEndOnTheFridayAfterNext() {
        assertEquals(LocalDate.of(2026, 11, 20), days.plus(LocalDate.of(2026, 11, 6), 10));
    }

    @Test
    void aFridayEmailStartsCountingOnMonday() {
        assertEquals(LocalDate.of(2026, 11, 16), days.plus(LocalDate.of(2026, 11, 13), 1));
    }

    @Test
    void bankHolidaysAndWeekendsDoNotCount() {
        // Thu 24 Dec 2026 + 10 working days: 29, 30, 31 Dec, 4-8 Jan, 11, 12 Jan (25, 28 Dec and 1 Jan skipped)
        assertEquals(LocalDate.of(2027, 1, 12), days.plus(LocalDate.of(2026, 12, 24), 10));
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 12, 28)));
    }

    @Test
    void countsWorkingDaysBetweenTwoDates() {
        assertEquals(10, days.between(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 12)));
        assertEquals(0, days.between(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20)));
        assertEquals(0, days.between(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 1)));
    }

    @Test
    void zeroDaysIsTheSameDay() {
        assertEquals(LocalDate.of(2026, 11, 21), days.plus(LocalDate.of(2026, 11, 21), 0));
    }
}
