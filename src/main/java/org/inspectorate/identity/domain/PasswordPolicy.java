package org.inspectorate.identity.domain;

import java.util.Locale;
import java.util.Set;
import org.inspectorate.shared.domain.FieldError;

/**
 * Password rules after NCSC guidance: long rather than complex, not a well-known password, not the
 * email address. No forced composition rules or expiry.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiopas",
            "passwordpassword", "letmein12345", "welcome12345", "iloveyou1234", "administrator", "inspectorate1");

    private PasswordPolicy() {
    }

    /** Returns the problem with this password, or null if it is acceptable. */
    public static FieldError check(String field, String password, String email) {
        if (password == null || password.isEmpty()) {
            return new FieldError(field, "Enter a password");
        }
        if (password.length() < MIN_LENGTH) {
            return new FieldError(field, "Password must be " + MIN_LENGTH + " characters or more");
        }
        if (password.length() > MAX_LENGTH) {
            return new FieldError(field, "Password must be " + MAX_LENGTH + " characters or fewer");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return new FieldError(field, "Choose a password that is harder to guess");
        }
        if (email != null && lower.contains(email.toLowerCase(Locale.ROOT))) {
            return new FieldError(field, "Password must not contain your email address");
        }
        return null;
    }
}
