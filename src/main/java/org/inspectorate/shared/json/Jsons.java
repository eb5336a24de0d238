package org.inspectorate.shared.json;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Map;

/**
 * JSON-P found once. {@code jakarta.json.Json}'s static methods look the provider up through the service loader
 * on every call, which showed as the largest cost of building a notification's details under load; use
 * {@link #JSON} instead. Also writes simple maps (the audit trail's before and after snapshots) without the
 * reflection of JSON-B.
 */
public final class Jsons {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsons() {
    }

    /**
     * A map of strings, numbers, booleans, enums (by name), dates and times (ISO text), collections and maps of
     * those, as a JSON object; other values are written as JSON-B writes them.
     */
    public static String write(Map<String, ?> values) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            values.forEach((k, v) -> value(g, k, v));
            g.writeEnd();
        }
        return out.toString();
    }

    private static void value(JsonGenerator g, String key, Object v) {
        if (key != null) {
            g.writeKey(key);
        }
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.write(s);
        } else if (v instanceof Boolean b) {
            g.write(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            g.write(((Number) v).longValue());
        } else if (v instanceof BigDecimal d) {
            g.write(d);
        } else if (v instanceof BigInteger i) {
            g.write(i);
        } else if (v instanceof Double || v instanceof Float) {
            g.write(((Number) v).doubleValue());
        } else if (v instanceof Enum<?> e) {
            g.write(e.name());
        } else if (v instanceof TemporalAccessor || v instanceof CharSequence || v instanceof java.util.UUID) {
            g.write(v.toString());
        } else if (v instanceof Iterable<?> items) {
            g.writeStartArray();
            items.forEach(x -> value(g, null, x));
            g.writeEnd();
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            map.forEach((k, x) -> value(g, String.valueOf(k), x));
            g.writeEnd();
        } else if (v instanceof JsonValue j) {
            g.write(j);
        } else {
            try (var r = JSON.createReader(new StringReader(Binding.JSONB.toJson(v)))) {
                g.write(r.readValue());
            }
        }
    }

    /** JSON-B, made only when first needed. */
    private static final class Binding {
        static final Jsonb JSONB = JsonbBuilder.create();
    }
}
