package org.inspectorate.triage.domain;

import java.security.SecureRandom;

/**
 * Reference numbers people quote: a prefix for the kind of item and eight characters from an alphabet
 * without look-alikes (no I, L, O, U, 0 or 1). Random rather than sequential, so that one reference does
 * not reveal how many others exist or what they are; about 10^12 values per prefix.
 */
public final class ReferenceNumbers {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceNumbers() {
    }

    public static String next(String prefix) {
        StringBuilder b = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                b.append('-');
            }
            b.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }

    /** Whether a string has the shape of a reference, after trimming and upper-casing. */
    public static boolean looksLikeReference(String s) {
        return s != null && s.strip().toUpperCase(java.util.Locale.ROOT)
                .matches("[A-Z]{2,4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
    }
}
