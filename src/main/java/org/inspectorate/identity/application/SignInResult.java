package org.inspectorate.identity.application;

/**
 * What a sign-in step produced: a session token; a refusal that reveals nothing about the account; or,
 * when the password was right, the second step still needed (a code, or first enrolling an authenticator).
 */
public record SignInResult(Outcome outcome, String sessionToken, Long userId, java.time.Duration retryAfter) {

    /** THROTTLED: too many failures from this address or for this email lately; try again after {@code retryAfter}. */
    public enum Outcome { REFUSED, THROTTLED, SIGNED_IN, CODE_NEEDED, ENROLMENT_NEEDED }

    public static SignInResult refused() {
        return new SignInResult(Outcome.REFUSED, null, null, null);
    }

    public static SignInResult throttled(java.time.Duration retryAfter) {
        return new SignInResult(Outcome.THROTTLED, null, null, retryAfter);
    }

    public static SignInResult signedIn(String token) {
        return new SignInResult(Outcome.SIGNED_IN, token, null, null);
    }

    public static SignInResult needs(Outcome step, long userId) {
        return new SignInResult(step, null, userId, null);
    }

    public boolean succeeded() {
        return outcome == Outcome.SIGNED_IN;
    }
}
