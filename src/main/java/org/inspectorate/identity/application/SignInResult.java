package org.inspectorate.identity.application;

/** What a sign-in attempt produced: a session token, or a refusal that reveals nothing about the account. */
public record SignInResult(boolean succeeded, String sessionToken) {

    public static SignInResult refused() {
        return new SignInResult(false, null);
    }

    public static SignInResult signedIn(String token) {
        return new SignInResult(true, token);
    }
}
