package org.inspectorate.files.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which files are accepted: documents, spreadsheets, images and plain text up to a size limit. The type is
 * decided by the content; a file whose content does not match an allowed type is rejected.
 */
public final class FilePolicy {

    public static final long DEFAULT_MAX_BYTES = 25L * 1024 * 1024;

    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("image/png", "PNG image"),
            Map.entry("image/jpeg", "JPEG image"),
            Map.entry("text/plain", "text"),
            Map.entry("text/csv", "CSV"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel spreadsheet"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"));

    /** Plain-text files are often detected as a more general text type; these are treated alike. */
    private static final Set<String> TEXT_LIKE = Set.of("text/plain", "text/csv");

    private final long maxBytes;

    public FilePolicy(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public String describeAllowed() {
        return "PDF, Word, Excel, OpenDocument, PNG, JPEG, CSV or plain text";
    }

    /** The problem with a declared upload, or null if it may start. */
    public String checkDeclared(String name, String type, long size) {
        if (name == null || name.isBlank() || name.length() > 255) {
            return "Give the file a name of 255 characters or fewer";
        }
        if (size <= 0) {
            return "The file is empty";
        }
        if (size > maxBytes) {
            return "The file must be smaller than " + (maxBytes / (1024 * 1024)) + " MB";
        }
        if (type == null || !ALLOWED.containsKey(normalise(type))) {
            return "The file must be a " + describeAllowed();
        }
        return null;
    }

    /** The problem with the content that arrived, or null if it is acceptable. */
    public String checkDetected(String declaredType, String detectedType) {
        String declared = normalise(declaredType);
        String detected = normalise(detectedType);
        if (!ALLOWED.containsKey(detected)) {
            return "The file's content is not a " + describeAllowed();
        }
        if (!declared.equals(detected) && !(TEXT_LIKE.contains(declared) && TEXT_LIKE.contains(detected))) {
            return "The file's content (" + ALLOWED.get(detected) + ") does not match its type ("
                    + ALLOWED.getOrDefault(declared, declared) + ")";
        }
        return null;
    }

    /**
     * The name a file is stored and shown under: its last path segment only (no folders, so never
     * {@code ../../etc/passwd}), without control or bidirectional-formatting characters (U+202E would show
     * {@code evil\u202Efdp.exe} as "evilexe.pdf"), spaces collapsed; "file" if nothing is left.
     */
    public static String safeName(String name) {
        if (name == null) {
            return "file";
        }
        String n = name;
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().map(c -> Character.isWhitespace(c) ? ' ' : c)
                .filter(c -> !Character.isISOControl(c) && !bidi(c) && Character.getType(c) != Character.FORMAT)
                .forEach(b::appendCodePoint);
        n = b.toString().replaceAll("\\s+", " ").strip();
        while (n.startsWith(".")) {
            n = n.substring(1).strip();
        }
        return n.isEmpty() ? "file" : n;
    }

    private static boolean bidi(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    public static String normalise(String type) {
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
