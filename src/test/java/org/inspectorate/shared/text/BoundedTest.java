package org.inspectorate.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BoundedTest {

    @Test
    void shortTextIsKept() {
        assertEquals("abc", Bounded.of("abc", 64));
        assertNull(Bounded.of(null, 64));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 12, 64, 2000})
    void longTextIsCutToTheLimitWithAMarker(int max) {
        String cut = Bounded.of("x".repeat(1_000_000), max);
        assertEquals(max, cut.length());
        if (max >= 20) {
            assertTrue(cut.endsWith(" more]"), cut);
            assertTrue(cut.contains("…[" + (1_000_000 - max) + " more]"), cut);
        }
    }

    @Test
    void controlCharactersAreShownAsQuestionMarks() {
        assertEquals("a?b\nc", Bounded.of("a\u0000b\nc", 64));
        assertEquals("a?b?c", Bounded.quote("a\u0000b\nc"));
    }

    @Test
    void quoteIsShort() {
        assertEquals(Bounded.QUOTE, Bounded.quote("y".repeat(5000)).length());
    }

    @Test
    void findsControlCharactersButNotLineBreaks() {
        assertTrue(Bounded.hasControlCharacters("a\u0000"));
        assertTrue(Bounded.hasControlCharacters("\u001b[31m"));
        assertFalse(Bounded.hasControlCharacters("line\r\nnext\tcol"));
    }
}
