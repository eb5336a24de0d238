package org.inspectorate.files.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.inspectorate.files.application.FileScope;
import org.junit.jupiter.api.Test;

/** A file uploaded for an owner scope is reached only through that scope. */
class StoredFileScopeTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aScopedFileBelongsToItsScopeOnly() {
        StoredFile f = new StoredFile("sop.pdf", "application/pdf", 10, null, "Ann", null, "applicant:7", NOW);
        assertTrue(f.ownedBy("applicant:7"));
        assertFalse(f.ownedBy("applicant:8"));
        assertFalse(f.ownedBy(null));
        assertNull(f.providerId());
    }

    @Test
    void anOrganisationsFileHasNoScope() {
        StoredFile f = new StoredFile("sop.pdf", "application/pdf", 10, 1L, "Pat", "1-000000001", NOW);
        assertNull(f.ownerScope());
        assertFalse(f.ownedBy("applicant:7"));
    }

    @Test
    void scopesAreAPrefixAndAnIdWithAnUploader() {
        FileScope s = FileScope.applicant(42, "Ann Applicant");
        assertEquals("applicant:42", s.scope());
        assertEquals("Ann Applicant", s.uploaderName());
        assertThrows(IllegalArgumentException.class, () -> new FileScope("applicant", "Ann"));
        assertThrows(IllegalArgumentException.class, () -> new FileScope("applicant:1 or 1=1", "Ann"));
        assertThrows(IllegalArgumentException.class, () -> new FileScope("applicant:1", " "));
    }
}
