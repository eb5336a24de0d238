package org.inspectorate.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonShapeTest {

    private static Optional<String> check(String body) {
        return JsonShape.problem(body.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", " {\"a\":1}", "{\"a\":[1,{\"b\":\"[[[[\"}]}", "", "  ", "{\"t\":\"a\\\\u0000\"}",
            "{\"t\":\"\\u00001\"x\"}"})
    void leavesObjectsEmptyBodiesAndSyntaxToTheParser(String body) {
        if (body.contains("\\u00001")) {
            assertTrue(check(body).isPresent(), "an escaped NUL followed by digits is still a NUL");
            return;
        }
        assertEquals(Optional.empty(), check(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"name\":\"x\"}]", "null", "\"text\"", "42", "-1", "true", "<xml/>"})
    void refusesAnythingButAnObjectAtTheTop(String body) {
        assertTrue(check(body).orElseThrow().startsWith("Send a JSON object"));
    }

    @Test
    void anOperationThatReadsABatchMayBeSentAnArrayButNeverAScalar() {
        assertEquals(Optional.empty(), JsonShape.problem("[{\"a\":1},{}]".getBytes(StandardCharsets.UTF_8), true));
        assertTrue(JsonShape.problem("null".getBytes(StandardCharsets.UTF_8), true).orElseThrow().contains("null"));
        assertTrue(JsonShape.problem("[\"\\u0000\"]".getBytes(StandardCharsets.UTF_8), true).isPresent());
    }

    @Test
    void refusesNulEscapes() {
        assertTrue(check("{\"name\":\"a\\u0000b\"}").orElseThrow().contains("NUL"));
    }

    @Test
    void refusesDeepNestingButNotBracketsInsideStrings() {
        String deep = "{\"a\":" + "[".repeat(JsonShape.MAX_DEPTH) + "]".repeat(JsonShape.MAX_DEPTH) + "}";
        assertTrue(check(deep).orElseThrow().contains("nested"));
        String shallow = "{\"a\":" + "[".repeat(JsonShape.MAX_DEPTH - 1) + "]".repeat(JsonShape.MAX_DEPTH - 1) + "}";
        assertEquals(Optional.empty(), check(shallow));
        assertEquals(Optional.empty(), check("{\"a\":\"" + "[".repeat(5000) + "\"}"));
    }
}
