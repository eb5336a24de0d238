package org.inspectorate.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.inspectorate.registry.domain.ProviderType;
import org.junit.jupiter.api.Test;

/** The new provider's documents section and replaced links. */
class NewProviderDocumentsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static RegistrationApplication application() {
        return RegistrationApplication.newProvider("REG-1", "Ann Applicant", "ann@applicant.example",
                ProviderType.INDIVIDUAL, NOW);
    }

    private static Section documents() {
        return NewProviderChecks.sections(ProviderType.INDIVIDUAL).stream().filter(s -> s.key().equals("documents"))
                .findFirst().orElseThrow();
    }

    @Test
    void everyNewProviderUploadsAStatementOfPurposeAndASafeguardingPolicy() {
        for (ProviderType t : ProviderType.values()) {
            List<String> keys = NewProviderChecks.sections(t).stream().map(Section::key).toList();
            assertEquals("documents", keys.get(keys.size() - 1), t.name());
        }
        assertEquals(List.of(DocumentKind.STATEMENT_OF_PURPOSE, DocumentKind.SAFEGUARDING_POLICY),
                documents().documents());
        assertTrue(documents().fields().isEmpty());
    }

    @Test
    void theDocumentsSectionIsCompleteOnlyWithEveryDocument() {
        RegistrationApplication a = application();
        Section s = documents();
        assertEquals(SectionStatus.NOT_STARTED, a.statusOf(s));
        UUID sop = UUID.randomUUID();
        a.attach(new ApplicationDocument(sop, DocumentKind.STATEMENT_OF_PURPOSE, "sop.pdf", NOW), NOW);
        assertEquals(SectionStatus.IN_PROGRESS, a.statusOf(s));
        a.attach(new ApplicationDocument(UUID.randomUUID(), DocumentKind.SAFEGUARDING_POLICY, "safe.pdf", NOW), NOW);
        assertEquals(SectionStatus.COMPLETED, a.statusOf(s));
        assertThrows(IllegalStateException.class,
                () -> a.attach(new ApplicationDocument(sop, DocumentKind.OTHER, "sop.pdf", NOW), NOW),
                "one file is one document");
        assertTrue(a.detach(sop, NOW));
        assertFalse(a.detach(sop, NOW));
        assertEquals(SectionStatus.IN_PROGRESS, a.statusOf(s));
    }

    @Test
    void aReplacedLinkIsRememberedAsReplaced() {
        RegistrationApplication a = application();
        ApplicantToken.Issued first = ApplicantToken.issue(NOW);
        a.issueLink(first);
        assertFalse(a.replacedLink(first.hash()));
        ApplicantToken.Issued second = ApplicantToken.issue(NOW);
        a.issueLink(second);
        assertTrue(a.replacedLink(first.hash()));
        assertFalse(a.replacedLink(second.hash()));
        assertTrue(a.linkValidAt(NOW));
        assertFalse(a.linkValidAt(NOW.plus(ApplicantToken.VALIDITY)), "expired after 60 days");
    }
}
