package org.inspectorate.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayInputTest {

    @Test
    void readsDatesAsPeopleTypeThem() {
        LocalDate d = LocalDate.of(2026, 3, 27);
        assertEquals(d, DayInput.parse("27 3 2026"));
        assertEquals(d, DayInput.parse(" 27/03/2026 "));
        assertEquals(d, DayInput.parse("2026-03-27"));
        assertNull(DayInput.parse("31 2 2026"), "not a real date");
        assertNull(DayInput.parse("next tuesday"));
        assertNull(DayInput.parse(""));
    }
}
