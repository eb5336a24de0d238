package org.inspectorate.shared.text;

import java.util.Optional;

/**
 * A cheap look at a JSON body before any parser builds objects from it: what the service refuses whatever the
 * operation. An operation takes one JSON object (or, where it reads a batch, an array), so a top-level string,
 * number or {@code null} is always wrong, and an array is wrong where an object is expected; nesting deeper than
 * {@link #MAX_DEPTH} is never needed and would exhaust a recursive parser's stack; and {@code \u0000} cannot be
 * stored in PostgreSQL text. Syntax errors are left to the parser.
 */
public final class JsonShape {

    /** Deeper than any body the API takes (an application with its sections is about five levels). */
    public static final int MAX_DEPTH = 32;

    private JsonShape() {
    }

    /** Why this body is refused where one object is expected; see {@link #problem(byte[], boolean)}. */
    public static Optional<String> problem(byte[] body) {
        return problem(body, false);
    }

    /**
     * Why this body is refused, or empty when it may go on to the parser. An empty body is left to the operation.
     * With {@code arrayAllowed} (an operation that reads a batch itself) a top-level array passes too.
     */
    public static Optional<String> problem(byte[] body, boolean arrayAllowed) {
        int i = skipSpace(body, 0);
        if (i == body.length) {
            return Optional.empty();
        }
        if (body[i] != '{' && !(arrayAllowed && body[i] == '[')) {
            return Optional.of((arrayAllowed ? "Send a JSON object ({...}) or array ([...]), not "
                    : "Send a JSON object ({...}), not ") + describe(body[i]) + ".");
        }
        int depth = 0;
        boolean inString = false;
        for (; i < body.length; i++) {
            byte b = body[i];
            if (inString) {
                if (b == '\\' && i + 1 < body.length) {
                    if (body[i + 1] == 'u' && isNulEscape(body, i + 2)) {
                        return Optional.of("The text holds a NUL character (\\u0000), which is not allowed.");
                    }
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                if (++depth > MAX_DEPTH) {
                    return Optional.of("The JSON is nested more than " + MAX_DEPTH + " levels deep.");
                }
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return Optional.empty();
    }

    private static boolean isNulEscape(byte[] body, int from) {
        if (from + 4 > body.length) {
            return false;
        }
        for (int k = from; k < from + 4; k++) {
            if (body[k] != '0') {
                return false;
            }
        }
        return true;
    }

    private static int skipSpace(byte[] body, int from) {
        int i = from;
        while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r')) {
            i++;
        }
        return i;
    }

    private static String describe(byte first) {
        return switch (first) {
            case '[' -> "an array";
            case '"' -> "a string";
            case 'n' -> "null";
            case 't', 'f' -> "true or false";
            default -> first == '-' || (first >= '0' && first <= '9') ? "a number" : "something that is not JSON";
        };
    }
}
