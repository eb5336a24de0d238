package org.inspectorate.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets at rest (authenticator-app seeds), sealed with AES-256-GCM under a key given by configuration:
 * {@code enc:v1:<key id>:<base64 of IV and ciphertext>}. Earlier keys still open what they sealed, so a key is
 * rotated by making it previous and giving a new current one; the start-up reseal then moves every secret to the
 * current key. A value without the prefix is a secret stored before encryption, read as it is until resealed.
 */
public final class SecretBox {

    public static final String PREFIX = "enc:v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Only where no key is configured outside production: development machines and tests. Never secret. */
    static final byte[] DEVELOPMENT_KEY = sha256("inspectorate development key: not for production");

    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    public SecretBox(byte[] current, List<byte[]> previous) {
        if (current == null || current.length != 32) {
            throw new IllegalArgumentException("The secrets key must be 32 bytes (256 bits)");
        }
        currentId = id(current);
        keys.put(currentId, new SecretKeySpec(current, "AES"));
        for (byte[] p : previous) {
            keys.putIfAbsent(id(p), new SecretKeySpec(p, "AES"));
        }
    }

    /**
     * From configuration: base64 keys of 32 bytes. Without a current key, production refuses to start;
     * elsewhere the development key is used.
     */
    public static SecretBox configured(boolean production, String currentBase64, String previousBase64) {
        if (currentBase64 == null || currentBase64.isBlank()) {
            if (production) {
                throw new IllegalStateException("INSPECTORATE_SECRETS_KEY is not set: production needs a 32-byte key,"
                        + " base64-encoded (for example: openssl rand -base64 32)");
            }
            return new SecretBox(DEVELOPMENT_KEY, List.of());
        }
        List<byte[]> previous = new ArrayList<>();
        if (previousBase64 != null) {
            for (String p : previousBase64.split(",")) {
                if (!p.isBlank()) {
                    previous.add(decode(p, "INSPECTORATE_SECRETS_PREVIOUS_KEYS"));
                }
            }
        }
        return new SecretBox(decode(currentBase64, "INSPECTORATE_SECRETS_KEY"), previous);
    }

    public String seal(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(currentId.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + currentId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a secret", e);
        }
    }

    public String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        String rest = stored.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        SecretKeySpec key = colon < 0 ? null : keys.get(rest.substring(0, colon));
        if (key == null) {
            throw new IllegalStateException("A secret is sealed with a key that is not configured (key id "
                    + (colon < 0 ? "?" : rest.substring(0, colon)) + "): add it to INSPECTORATE_SECRETS_PREVIOUS_KEYS");
        }
        try {
            byte[] in = Base64.getDecoder().decode(rest.substring(colon + 1));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            c.updateAAD(rest.substring(0, colon).getBytes(StandardCharsets.US_ASCII));
            return new String(c.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A sealed secret could not be opened: it was changed or is damaged", e);
        }
    }

    /** Whether the stored value is sealed with the current key (else the reseal moves it). */
    public boolean current(String stored) {
        return stored != null && stored.startsWith(PREFIX + currentId + ":");
    }

    public String currentKeyId() {
        return currentId;
    }

    static String id(byte[] key) {
        return HexFormat.of().formatHex(sha256(key)).substring(0, 12);
    }

    private static byte[] decode(String base64, String name) {
        try {
            byte[] k = Base64.getDecoder().decode(base64.strip());
            if (k.length != 32) {
                throw new IllegalStateException(name + " must be 32 bytes, base64-encoded; it is " + k.length);
            }
            return k;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64", e);
        }
    }

    private static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
