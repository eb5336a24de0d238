package org.inspectorate.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"SW1A 1AA", "sw1a1aa", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", " LS1 4AB "})
    void acceptsRealPostcodes(String postcode) {
        assertTrue(Postcode.isValid(postcode));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SW1A", "12345", "SW1A 1A", "ABC 123", "SW1A 1AAA", "1AA SW1"})
    void refusesOthers(String postcode) {
        assertFalse(Postcode.isValid(postcode));
    }

    @ParameterizedTest
    @CsvSource({"sw1a1aa,SW1A 1AA", "m11ae,M1 1AE", "B33  8TH,B33 8TH"})
    void formatsWithOneSpace(String in, String out) {
        assertEquals(out, Postcode.format(in));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SW1A", "sw1a 1", "LS1", "M1 1AE"})
    void recognisesPostcodeStartsForSearch(String text) {
        assertTrue(Postcode.looksLikePostcode(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oak House", "care", "1-123456789"})
    void doesNotMistakeNamesForPostcodes(String text) {
        assertFalse(Postcode.looksLikePostcode(text));
    }
}
