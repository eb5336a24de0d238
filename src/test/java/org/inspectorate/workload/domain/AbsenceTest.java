package org.inspectorate.workload.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.ValidationFailure;
import org.junit.jupiter.api.Test;

class AbsenceTest {

    static final LocalDate TODAY = LocalDate.of(2027, 1, 4);

    private static List<String> fields(LocalDate from, LocalDate to) {
        try {
            Absence.check(from, to, TODAY).throwIfInvalid();
            return List.of();
        } catch (ValidationFailure e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }

    @Test
    void aFirstAndALastDayInOrderNotOverAndWithinAYearAreAccepted() {
        assertEquals(List.of(), fields(TODAY, TODAY));
        assertEquals(List.of(), fields(TODAY.minusDays(3), TODAY.plusDays(2)), "already begun, not over");
        assertEquals(List.of(), fields(TODAY.plusDays(366), TODAY.plusDays(400)));
    }

    @Test
    void eachBadDayIsReportedByItsField() {
        assertEquals(List.of("startsOn", "endsOn"), fields(null, null));
        assertEquals(List.of("endsOn"), fields(TODAY.plusDays(5), TODAY.plusDays(4)), "last before first");
        assertEquals(List.of("endsOn"), fields(TODAY.minusDays(5), TODAY.minusDays(1)), "over already");
        assertEquals(List.of("endsOn"), fields(TODAY, TODAY.plusDays(366)), "longer than a year");
        assertEquals(List.of("startsOn"), fields(TODAY.plusDays(367), TODAY.plusDays(370)), "too far ahead");
    }

    @Test
    void itIsUpcomingThenCurrentThenOverAndOverlapsOnlyItsOwnDays() {
        Absence a = new Absence(7, TODAY.plusDays(1), TODAY.plusDays(5), 1L, "Maya Manager", Instant.EPOCH);
        assertEquals(Absence.Status.UPCOMING, a.statusOn(TODAY));
        assertEquals(Absence.Status.CURRENT, a.statusOn(TODAY.plusDays(1)));
        assertEquals(Absence.Status.CURRENT, a.statusOn(TODAY.plusDays(5)));
        assertEquals(Absence.Status.OVER, a.statusOn(TODAY.plusDays(6)));
        assertTrue(a.overlaps(TODAY.plusDays(5), TODAY.plusDays(9)));
        assertTrue(a.overlaps(TODAY, TODAY.plusDays(1)));
        assertFalse(a.overlaps(TODAY.plusDays(6), TODAY.plusDays(9)));
        assertFalse(a.overlaps(TODAY.minusDays(3), TODAY));
    }

    @Test
    void aCancelledAbsenceNoLongerCountsAndCannotBeCancelledTwiceNorOnceOver() {
        Absence a = new Absence(7, TODAY, TODAY.plusDays(2), 1L, "Maya Manager", Instant.EPOCH);
        a.cancel("Maya Manager", Instant.EPOCH, TODAY);
        assertEquals(Absence.Status.CANCELLED, a.statusOn(TODAY));
        assertFalse(a.overlaps(TODAY, TODAY));
        assertThrows(IllegalStateException.class, () -> a.cancel("Maya Manager", Instant.EPOCH, TODAY));
        Absence over = new Absence(7, TODAY.minusDays(9), TODAY.minusDays(2), 1L, "Maya Manager", Instant.EPOCH);
        assertThrows(IllegalStateException.class, () -> over.cancel("Maya Manager", Instant.EPOCH, TODAY));
        assertThrows(IllegalArgumentException.class, () -> new Absence(7, TODAY, TODAY.minusDays(1), 1L, "M",
                Instant.EPOCH));
    }
}
