package org.inspectorate.rating.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssessmentBreachSourceTest {

    @Test
    void aBreachIsNamedByItsAssessmentsOwnDatesNotTheApprovalDate() {
        assertEquals("3 November 2026 to 5 November 2026", AssessmentBreachSource.dates(LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 5)));
        assertEquals("5 November 2026", AssessmentBreachSource.dates(LocalDate.of(2026, 11, 5),
                LocalDate.of(2026, 11, 5)));
    }
}
