package org.inspectorate.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.inspectorate.registry.domain.ProviderType;
import org.junit.jupiter.api.Test;

class ApplicantTokenTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void aTokenIs32RandomUrlSafeBytesAndOnlyItsHashIsKept() {
        ApplicantToken.Issued t = ApplicantToken.issue(NOW);
        assertEquals(32, Base64.getUrlDecoder().decode(t.token()).length);
        assertTrue(t.token().matches("[A-Za-z0-9_-]{43}"), t.token());
        assertEquals(ApplicantToken.hash(t.token()), t.hash());
        assertTrue(t.hash().matches("[0-9a-f]{64}"));
        assertFalse(t.toString().contains(t.token()), "the token is never logged");
        assertNotEquals(t.token(), ApplicantToken.issue(NOW).token());
    }

    @Test
    void hashingIsStableAndRefusesNonsense() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApplicantToken.hash("abc"));
        assertNull(ApplicantToken.hash(null));
        assertNull(ApplicantToken.hash(" "));
        assertNull(ApplicantToken.hash("x".repeat(101)));
    }

    @Test
    void itExpiresAfter60Days() {
        ApplicantToken.Issued t = ApplicantToken.issue(NOW);
        assertEquals(NOW.plus(Duration.ofDays(60)), t.expiresAt());
        assertFalse(ApplicantToken.expired(t.expiresAt(), NOW.plus(Duration.ofDays(59))));
        assertTrue(ApplicantToken.expired(t.expiresAt(), NOW.plus(Duration.ofDays(60))));
        assertTrue(ApplicantToken.expired(null, NOW));
    }

    @Test
    void aNewLinkReplacesTheOldOneOnTheApplication() {
        RegistrationApplication a = RegistrationApplication.newProvider("REG-1", "Ann Applicant", "ann@example.com",
                ProviderType.INDIVIDUAL, NOW);
        assertFalse(a.linkValidAt(NOW));
        a.issueLink(ApplicantToken.issue(NOW));
        assertTrue(a.linkValidAt(NOW.plus(Duration.ofDays(30))));
        assertFalse(a.linkValidAt(NOW.plus(Duration.ofDays(61))));
        a.issueLink(ApplicantToken.issue(NOW.plus(Duration.ofDays(61))));
        assertTrue(a.linkValidAt(NOW.plus(Duration.ofDays(61))));
        assertEquals(2, a.linksIssued());
        assertNull(a.providerId());
        a.becomeProvider("1-900000001");
        assertThrows(IllegalStateException.class, () -> a.becomeProvider("1-900000002"));
    }
}
