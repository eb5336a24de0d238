package org.inspectorate.files.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a ZIP file really is, read from its entries as they stream past (no central directory, no temporary file):
 * a Word or Excel document (Office Open XML: {@code [Content_Types].xml} with {@code word/document.xml} or
 * {@code xl/workbook.xml}), an OpenDocument text or spreadsheet (its {@code mimetype} entry), or none of these.
 * Refused whatever it claims: more than {@link #MAX_ENTRIES} entries, more than {@link #MAX_EXPANDED_BYTES} once
 * expanded (a ZIP bomb), an entry whose name climbs out of the package or is absolute, macros, and any entry that
 * is a program or a script (by its name, or by its first bytes: Windows and Linux executables, {@code #!} scripts).
 */
public final class PackageCheck {

    public static final int MAX_ENTRIES = 2_000;
    public static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

    private static final Set<String> PROGRAMS = Set.of("exe", "dll", "com", "scr", "msi", "bat", "cmd", "ps1",
            "vbs", "vbe", "js", "jse", "wsf", "sh", "bash", "py", "pl", "rb", "jar", "app", "elf", "so", "dylib",
            "lnk", "hta", "cpl", "reg");

    /** The type found (one of the four, or {@code application/zip}), or the reason it is refused. */
    public record Result(String type, String problem) {
        static Result refused(String problem) {
            return new Result("application/zip", problem);
        }
    }

    private PackageCheck() {
    }

    /** Reads the whole stream (never more than the limits allow expanded); the caller closes it. */
    public static Result inspect(InputStream in) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        int entries = 0;
        long expanded = 0;
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        String odf = null;
        byte[] buffer = new byte[64 * 1024];
        ZipEntry e;
        try {
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    return Result.refused("The file holds more than " + MAX_ENTRIES + " parts");
                }
                String name = e.getName();
                String problem = nameProblem(name);
                if (problem != null) {
                    return Result.refused(problem);
                }
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.equals("word/document.xml");
                excel |= name.equals("xl/workbook.xml");
                byte[] first = new byte[64];
                int firstLength = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    int take = Math.min(n, first.length - firstLength);
                    System.arraycopy(buffer, 0, first, firstLength, take);
                    firstLength += take;
                    expanded += n;
                    if (expanded > MAX_EXPANDED_BYTES) {
                        return Result.refused("The file expands to more than " + MAX_EXPANDED_BYTES / (1024 * 1024)
                                + " MB");
                    }
                }
                byte[] head = java.util.Arrays.copyOf(first, firstLength);
                if (program(head)) {
                    return Result.refused("The file holds a program or a script");
                }
                if (name.equals("mimetype")) {
                    odf = new String(head, StandardCharsets.US_ASCII).strip();
                }
            }
        } catch (java.util.zip.ZipException ex) {
            return Result.refused("The file is not a complete document");
        }
        if (entries == 0) {
            return Result.refused("The file is not a complete document");
        }
        if (ODT.equals(odf) || ODS.equals(odf)) {
            return new Result(odf, null);
        }
        if (contentTypes && word != excel) {
            return new Result(word ? DOCX : XLSX, null);
        }
        return new Result("application/zip", null);
    }

    static String nameProblem(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.contains("../") || n.endsWith("/..") || n.equals("..")
                || n.length() > 1 && n.charAt(1) == ':') {
            return "The file holds a part whose name points outside it";
        }
        String lower = n.toLowerCase(Locale.ROOT);
        if (lower.endsWith("vbaproject.bin")) {
            return "The file holds macros";
        }
        int dot = lower.lastIndexOf('.');
        if (dot >= 0 && lower.lastIndexOf('/') < dot && PROGRAMS.contains(lower.substring(dot + 1))) {
            return "The file holds a program or a script";
        }
        return null;
    }

    /** Windows (MZ) and Linux (ELF) executables, Mach-O binaries, and scripts with a {@code #!} line. */
    static boolean program(byte[] head) {
        if (head.length >= 2 && head[0] == 'M' && head[1] == 'Z') {
            return true;
        }
        if (head.length >= 2 && head[0] == '#' && head[1] == '!') {
            return true;
        }
        if (head.length >= 4 && head[0] == 0x7F && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
            return true;
        }
        return head.length >= 4 && (head[0] & 0xFF) == 0xCF && (head[1] & 0xFF) == 0xFA && (head[2] & 0xFF) == 0xED
                && (head[3] & 0xFF) == 0xFE;
    }
}
