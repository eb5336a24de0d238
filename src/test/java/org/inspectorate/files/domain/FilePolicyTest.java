package org.inspectorate.files.domain;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FilePolicyTest {

    private final FilePolicy policy = new FilePolicy(10 * 1024 * 1024);

    @Test
    void acceptsAllowedTypesWithinTheLimit() {
        assertNull(policy.checkDeclared("care plan.pdf", "application/pdf", 1000));
        assertNull(policy.checkDeclared("photo.jpg", "image/jpeg; charset=binary", 1000));
    }

    @Test
    void refusesEmptyHugeUnnamedAndUnknownFiles() {
        assertTrue(policy.checkDeclared("a.pdf", "application/pdf", 0).contains("empty"));
        assertTrue(policy.checkDeclared("a.pdf", "application/pdf", 11L * 1024 * 1024).contains("smaller than 10 MB"));
        assertTrue(policy.checkDeclared(" ", "application/pdf", 10).contains("name"));
        assertTrue(policy.checkDeclared("a.exe", "application/x-msdownload", 10).contains("must be a PDF"));
    }

    @Test
    void contentMustMatchTheDeclaredType() {
        assertNull(policy.checkDetected("application/pdf", "application/pdf"));
        assertNull(policy.checkDetected("text/csv", "text/plain"));
        assertTrue(policy.checkDetected("application/pdf", "image/png").contains("does not match"));
        assertTrue(policy.checkDetected("application/pdf", "application/x-msdownload").contains("not a PDF"));
    }

    @Test
    void storedNamesKeepNeitherFoldersNorHiddenCharacters() {
        org.junit.jupiter.api.Assertions.assertEquals("passwd", FilePolicy.safeName("../../../../etc/passwd"));
        org.junit.jupiter.api.Assertions.assertEquals("report.pdf", FilePolicy.safeName("C:\\Users\\x\\report.pdf"));
        org.junit.jupiter.api.Assertions.assertEquals("invoicefdp.exe", FilePolicy.safeName("invoice\u202Efdp.exe"),
                "no right-to-left override to disguise the extension");
        org.junit.jupiter.api.Assertions.assertEquals("care plan.pdf", FilePolicy.safeName(" care\tplan\u0000.pdf "));
        org.junit.jupiter.api.Assertions.assertEquals("htaccess", FilePolicy.safeName(".htaccess"));
        org.junit.jupiter.api.Assertions.assertEquals("file", FilePolicy.safeName("../"));
        org.junit.jupiter.api.Assertions.assertEquals("file", FilePolicy.safeName(null));
        org.junit.jupiter.api.Assertions.assertEquals("Évaluation – été.pdf", FilePolicy.safeName("Évaluation – été.pdf"));
    }
}
