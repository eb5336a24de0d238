package org.inspectorate.shared.text;

/**
 * Keeps user input from growing a log line, an audit record or an error message without bound: text longer
 * than the limit is cut, with a marker saying how much was dropped, and control characters (which can forge
 * log lines or break a terminal) are shown as {@code ?}.
 */
public final class Bounded {

    /** What a log line or a problem detail may quote of something a caller sent. */
    public static final int QUOTE = 120;
    private static final int MAX_TRACE_LINE = 400;
    private static final int MAX_TRACE = 20_000;

    private Bounded() {
    }

    /** {@code text} cut to at most {@code max} characters, marker included; null stays null. */
    public static String of(String text, int max) {
        return cut(text, max, false);
    }

    /** For quoting caller input in a log line or message: one line, newlines and tabs shown as {@code ?} too. */
    public static String quote(String text) {
        return cut(text, QUOTE, true);
    }

    private static String cut(String text, int max, boolean oneLine) {
        if (text == null) {
            return null;
        }
        String clean = withoutControls(text, oneLine);
        if (clean.length() <= max) {
            return clean;
        }
        String marker = "…[" + (clean.length() - max) + " more]";
        int keep = Math.max(0, max - marker.length());
        return clean.substring(0, keep) + marker.substring(0, Math.min(marker.length(), max - keep));
    }

    /**
     * A stack trace for the log with every line bounded and the whole capped, so that an exception whose
     * message quotes a huge input (a parse error, a driver message) cannot make a huge log line.
     */
    public static String trace(Throwable error) {
        java.io.StringWriter out = new java.io.StringWriter();
        error.printStackTrace(new java.io.PrintWriter(out));
        StringBuilder lines = new StringBuilder();
        for (String line : out.toString().split("\\R")) {
            if (lines.length() > MAX_TRACE) {
                lines.append("\t…[trace cut]");
                break;
            }
            lines.append(cut(line, MAX_TRACE_LINE, false)).append('\n');
        }
        return lines.toString();
    }

    /** True when the text holds a character PostgreSQL cannot store or a person cannot see (tab and newlines aside). */
    public static boolean hasControlCharacters(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String withoutControls(String text, boolean oneLine) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = oneLine ? c < 0x20 || c == 0x7f : isControl(c);
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? '?' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
    }
}
