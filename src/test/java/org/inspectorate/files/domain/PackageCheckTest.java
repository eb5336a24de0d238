package org.inspectorate.files.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class PackageCheckTest {

    /** A ZIP of these entries, in order. */
    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] docx() throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        m.put("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
        return zip(m);
    }

    static PackageCheck.Result check(byte[] bytes) throws IOException {
        return PackageCheck.inspect(new ByteArrayInputStream(bytes));
    }

    @Test
    void officeAndOpenDocumentPackagesAreKnownByTheirParts() throws IOException {
        assertEquals(new PackageCheck.Result(PackageCheck.DOCX, null), check(docx()));
        Map<String, byte[]> xlsx = new LinkedHashMap<>();
        xlsx.put("[Content_Types].xml", new byte[] {'<'});
        xlsx.put("xl/workbook.xml", new byte[] {'<'});
        assertEquals(PackageCheck.XLSX, check(zip(xlsx)).type());
        Map<String, byte[]> odt = new LinkedHashMap<>();
        odt.put("mimetype", PackageCheck.ODT.getBytes(StandardCharsets.US_ASCII));
        odt.put("content.xml", new byte[] {'<'});
        assertEquals(PackageCheck.ODT, check(zip(odt)).type());
        assertEquals(new PackageCheck.Result("application/zip", null), check(zip(Map.of("notes.txt", new byte[] {'a'}))),
                "a plain ZIP is no document");
    }

    @Test
    void aZipBombIsRefusedOnceItExpandsPastTheLimit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(new byte[] {'<'});
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 110; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertTrue(out.size() < 300_000, "small on disk: " + out.size());
        PackageCheck.Result r = check(out.toByteArray());
        assertTrue(r.problem().contains("expands to more than 100 MB"), r.problem());
    }

    @Test
    void programsScriptsMacrosAndEscapingNamesAreRefused() throws IOException {
        Map<String, byte[]> exe = new LinkedHashMap<>();
        exe.put("[Content_Types].xml", new byte[] {'<'});
        exe.put("word/document.xml", new byte[] {'<'});
        exe.put("word/media/image1.png", new byte[] {'M', 'Z', (byte) 0x90, 0});
        assertTrue(check(zip(exe)).problem().contains("program"), "an executable, whatever its name");
        assertNotNull(check(zip(Map.of("run.sh", "echo".getBytes(StandardCharsets.UTF_8)))).problem());
        assertNotNull(check(zip(Map.of("setup.EXE", new byte[] {1}))).problem());
        assertNotNull(check(zip(Map.of("notes", "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.UTF_8)))).problem());
        assertNotNull(check(zip(Map.of("word/vbaProject.bin", new byte[] {1}))).problem());
        assertNotNull(check(zip(Map.of("../../etc/passwd", new byte[] {1}))).problem());
        assertNotNull(check(zip(Map.of("/etc/passwd", new byte[] {1}))).problem());
        assertNull(check(docx()).problem());
    }

    @Test
    void bytesThatAreNoZipAreRefused() throws IOException {
        assertNotNull(check(new byte[] {'P', 'K', 3, 4, 9, 9, 9}).problem());
        assertNotNull(check(new byte[0]).problem());
        assertNotNull(check("just text".getBytes(StandardCharsets.UTF_8)).problem());
    }
}
