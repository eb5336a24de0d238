package org.inspectorate.identity.web;

import java.io.Serializable;
import java.time.Instant;

/**
 * A sign-in whose password was right but whose second step (a code, or setting up an authenticator) is
 * still to come. Kept only in the server-side HTTP session, for a few minutes.
 */
record PendingSignIn(long userId, boolean enrol, Instant expiresAt, String next, String secret)
        implements Serializable {

    static final String ATTRIBUTE = "inspectorate.pendingSignIn";

    PendingSignIn withSecret(String newSecret) {
        return new PendingSignIn(userId, enrol, expiresAt, next, newSecret);
    }

    boolean liveAt(Instant now) {
        return expiresAt.isAfter(now);
    }
}
