package org.inspectorate.shared.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonsTest {

    enum Colour { RED }

    @Test
    void writesSimpleValuesInOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "a \"quoted\" text");
        m.put("n", 3);
        m.put("l", 4L);
        m.put("d", new BigDecimal("1.50"));
        m.put("b", true);
        m.put("e", Colour.RED);
        m.put("at", Instant.parse("2026-12-06T10:00:00Z"));
        m.put("day", LocalDate.of(2026, 12, 6));
        m.put("none", null);
        m.put("list", List.of("x", 1));
        m.put("map", Map.of("k", "v"));
        assertEquals("{\"s\":\"a \\\"quoted\\\" text\",\"n\":3,\"l\":4,\"d\":1.50,\"b\":true,\"e\":\"RED\","
                + "\"at\":\"2026-12-06T10:00:00Z\",\"day\":\"2026-12-06\",\"none\":null,\"list\":[\"x\",1],"
                + "\"map\":{\"k\":\"v\"}}", Jsons.write(m));
    }
}
