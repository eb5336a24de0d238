package org.inspectorate.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputHygieneFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"%ff%fe", "%", "a%", "%zz", "%C0%AF", "%e2%9c", "%ED%A0%80"})
    void brokenEscapesAndBytesThatAreNotUtf8AreRefused(String raw) {
        assertNull(InputHygieneFilter.decode(raw));
    }

    @ParameterizedTest
    @CsvSource({"abc,abc", "a%20b,a b", "%E2%9C%93,\u2713", "1-101,1-101", "q=care+home,q=care+home"})
    void wellFormedEscapesDecode(String raw, String decoded) {
        assertEquals(decoded, InputHygieneFilter.decode(raw));
    }

    @org.junit.jupiter.api.Test
    void anEscapedNulDecodesSoThatItCanBeRefused() {
        assertEquals("a\u0000b", InputHygieneFilter.decode("a%00b"));
    }
}
