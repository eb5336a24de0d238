package org.inspectorate.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    static byte[] key(int fill) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, (byte) fill);
        return k;
    }

    @Test
    void aSealedSecretShowsNothingOfItselfAndOpensAgain() {
        SecretBox box = new SecretBox(key(1), List.of());
        String sealed = box.seal("JBSWY3DPEHPK3PXP");
        assertTrue(sealed.startsWith(SecretBox.PREFIX + box.currentKeyId() + ":"), sealed);
        assertFalse(sealed.contains("JBSWY3DPEHPK3PXP"));
        assertNotEquals(sealed, box.seal("JBSWY3DPEHPK3PXP"), "a fresh IV each time");
        assertEquals("JBSWY3DPEHPK3PXP", box.open(sealed));
        assertTrue(box.current(sealed));
        assertEquals("clear-from-before", box.open("clear-from-before"), "stored before sealing: read as it is");
        assertFalse(box.current("clear-from-before"));
    }

    @Test
    void aRotatedKeyStillOpensWhatItSealedAndATamperedSecretIsRefused() {
        SecretBox old = new SecretBox(key(1), List.of());
        String sealed = old.seal("seed");
        SecretBox rotated = new SecretBox(key(2), List.of(key(1)));
        assertEquals("seed", rotated.open(sealed));
        assertFalse(rotated.current(sealed));
        assertThrows(IllegalStateException.class, () -> new SecretBox(key(2), List.of()).open(sealed),
                "a key no longer configured");
        String tampered = sealed.substring(0, sealed.length() - 3) + (sealed.endsWith("A==") ? "B==" : "A==");
        assertThrows(IllegalStateException.class, () -> old.open(tampered));
    }

    @Test
    void productionRefusesToStartWithoutAKeyAndKeysMustBe256Bits() {
        assertThrows(IllegalStateException.class, () -> SecretBox.configured(true, null, null));
        assertEquals(SecretBox.id(SecretBox.DEVELOPMENT_KEY), SecretBox.configured(false, " ", null).currentKeyId());
        assertThrows(IllegalStateException.class, () -> SecretBox.configured(true,
                Base64.getEncoder().encodeToString(new byte[16]), null));
        assertThrows(IllegalStateException.class, () -> SecretBox.configured(true, "not base64!", null));
        SecretBox b = SecretBox.configured(true, Base64.getEncoder().encodeToString(key(3)),
                Base64.getEncoder().encodeToString(key(4)) + ",");
        assertEquals(SecretBox.id(key(3)), b.currentKeyId());
    }
}
