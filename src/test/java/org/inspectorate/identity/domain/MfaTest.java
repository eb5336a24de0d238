package org.inspectorate.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MfaTest {

    /** RFC 6238 appendix B: the SHA-1 secret "12345678901234567890" (base32 below) at 59 s gives 94287082 (8 digits). */
    @Test
    void codesMatchTheRfcTestVectorInSixDigits() {
        String secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        assertEquals("287082", Mfa.codeAt(secret, Mfa.stepAt(Instant.ofEpochSecond(59))));
        assertEquals("081804", Mfa.codeAt(secret, Mfa.stepAt(Instant.ofEpochSecond(1111111109))));
    }

    @Test
    void aCodeIsAcceptedWithinOneStepOfDriftAndNeverTwice() {
        String secret = Mfa.newSecret();
        Instant now = Instant.ofEpochSecond(1_800_000_015);
        long step = Mfa.stepAt(now);
        assertEquals(step - 1, Mfa.matchingStep(secret, Mfa.codeAt(secret, step - 1), now, null).getAsLong());
        assertTrue(Mfa.matchingStep(secret, Mfa.codeAt(secret, step + 1), now, null).isPresent());
        assertFalse(Mfa.matchingStep(secret, Mfa.codeAt(secret, step - 2), now, null).isPresent(), "too old");
        assertFalse(Mfa.matchingStep(secret, Mfa.codeAt(secret, step), now, step).isPresent(), "replayed");
        String spaced = Mfa.codeAt(secret, step).substring(0, 3) + " " + Mfa.codeAt(secret, step).substring(3);
        assertTrue(Mfa.matchingStep(secret, spaced, now, null).isPresent(), "spaces are ignored");
        assertFalse(Mfa.matchingStep(secret, "12345", now, null).isPresent());
        assertFalse(Mfa.matchingStep(null, "123456", now, null).isPresent());
    }

    @Test
    void anAccountRemembersTheLastStepItAccepted() {
        UserAccount u = UserAccount.providerUser("a@b.example", "A", "hash", "1-101234567", Set.of(Role.READ_ONLY));
        String secret = Mfa.newSecret();
        Instant now = Instant.ofEpochSecond(1_800_000_015);
        long step = Mfa.stepAt(now);
        u.enableMfa(secret, step - 1, now);
        assertTrue(u.acceptOneTimePassword(Mfa.codeAt(secret, step), now));
        assertFalse(u.acceptOneTimePassword(Mfa.codeAt(secret, step), now), "not twice");
        u.disableMfa();
        assertFalse(u.mfaEnabled());
    }
}
