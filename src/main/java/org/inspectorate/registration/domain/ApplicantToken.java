package org.inspectorate.registration.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The new-provider applicant's personal link: 32 random bytes, URL-safe Base64 without padding. Only its
 * SHA-256 hash is stored; it expires 60 days after issue.
 */
public final class ApplicantToken {

    public static final Duration VALIDITY = Duration.ofDays(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A freshly issued token (given to the applicant once, by email) and what is stored of it. */
    public record Issued(String token, String hash, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued[hash=" + hash + ", expiresAt=" + expiresAt + "]";
        }
    }

    private ApplicantToken() {
    }

    public static Issued issue(Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(token, hash(token), now.plus(VALIDITY));
    }

    /** The hex SHA-256 of the token as given (null for no token or one that cannot be ours). */
    public static String hash(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.strip().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean expired(Instant expiresAt, Instant now) {
        return expiresAt == null || !now.isBefore(expiresAt);
    }
}
