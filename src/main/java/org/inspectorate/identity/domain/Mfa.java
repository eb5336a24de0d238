package org.inspectorate.identity.domain;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps, as authenticator apps
 * expect). A code is accepted for the current step and one either side, to allow for clock drift, and
 * each step only once, so an observed code cannot be replayed.
 */
public final class Mfa {

    public static final int PERIOD_SECONDS = 30;
    public static final int DIGITS = 6;
    private static final int DRIFT_STEPS = 1;
    private static final CodeGenerator GENERATOR = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private Mfa() {
    }

    public static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    public static long stepAt(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The step the code belongs to, if it is right for a step near now and later than {@code lastUsedStep}. */
    public static OptionalLong matchingStep(String secret, String code, Instant now, Long lastUsedStep) {
        String typed = normalise(code);
        if (secret == null || typed.length() != DIGITS) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (lastUsedStep != null && step <= lastUsedStep) {
                continue;
            }
            if (constantTimeEquals(codeAt(secret, step), typed)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    public static String codeAt(String secret, long step) {
        try {
            return GENERATOR.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot generate a one-time password", e);
        }
    }

    /** Digits only: people type codes with spaces, as apps show them in two groups of three. */
    public static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "");
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
