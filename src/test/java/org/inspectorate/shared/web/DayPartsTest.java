package org.inspectorate.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DayPartsTest {

    private static DayParts typed(String d, String m, String y) {
        DayParts p = new DayParts();
        p.setDay(d);
        p.setMonth(m);
        p.setYear(y);
        return p;
    }

    @Test
    void threeBoxesMakeAnIsoDateOrKeepWhatWasTyped() {
        assertEquals("2026-03-07", typed("7", "3", "2026").value());
        assertEquals("2026-03-07", typed(" 07 ", "03", "2026").value());
        assertEquals("31 2 2026", typed("31", "2", "2026").value(), "not a real date: kept for the checks");
        assertEquals("7 3 26", typed("7", "3", "26").value(), "a two-digit year is not guessed");
        assertNull(typed("", " ", null).value());
        org.junit.jupiter.api.Assertions.assertTrue(typed("31", "2", "2026").isNotADate());
        org.junit.jupiter.api.Assertions.assertFalse(typed("7", "3", "2026").isNotADate());
        org.junit.jupiter.api.Assertions.assertFalse(typed("", "", "").isNotADate(), "empty is missing, not wrong");
    }

    @Test
    void keptValuesFillTheBoxesAgain() {
        DayParts iso = DayParts.of("2026-11-23");
        assertEquals(java.util.List.of("23", "11", "2026"), java.util.List.of(iso.getDay(), iso.getMonth(), iso.getYear()));
        DayParts wrong = DayParts.of("31 2 2026");
        assertEquals("31 2 2026", wrong.value());
        assertNull(DayParts.of(null).value());
    }
}
