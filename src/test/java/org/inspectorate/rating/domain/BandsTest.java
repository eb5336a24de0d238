package org.inspectorate.rating.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BandsTest {

    private final Bands bands = Bands.standard();

    @ParameterizedTest(name = "{0}% is {1}")
    @CsvSource({"25, INADEQUATE", "38, INADEQUATE", "39, REQUIRES_IMPROVEMENT", "62, REQUIRES_IMPROVEMENT",
            "63, GOOD", "87, GOOD", "88, OUTSTANDING", "100, OUTSTANDING"})
    void everyBandEdge(int percent, Rating expected) {
        assertEquals(expected, bands.rating(percent));
    }

    @ParameterizedTest(name = "{0} of {1} is {2}%")
    @CsvSource({"11, 16, 69", "20, 32, 63", "10, 16, 63", "7, 16, 44", "27, 44, 61", "1, 8, 13", "4, 4, 100",
            "77, 200, 39", "75, 200, 38", "25, 40, 63", "6, 16, 38", "35, 40, 88", "87, 100, 87"})
    void percentagesRoundHalvesUp(int sum, int max, int expected) {
        assertEquals(expected, Bands.percent(sum, max));
    }

    @Test
    void rangesAreWrittenAsTheyAreApplied() {
        assertEquals("25-38%", bands.range(Rating.INADEQUATE));
        assertEquals("39-62%", bands.range(Rating.REQUIRES_IMPROVEMENT));
        assertEquals("63-87%", bands.range(Rating.GOOD));
        assertEquals("88-100%", bands.range(Rating.OUTSTANDING));
    }

    @Test
    void bandsMustRise() {
        assertThrows(IllegalArgumentException.class, () -> new Bands(63, 39, 88));
        assertThrows(IllegalArgumentException.class, () -> Bands.percent(5, 4));
    }
}
