package org.inspectorate.identity.domain;

/** Lets tests outside the domain package report changes as the entities' callbacks do. */
public final class AccountChangesProbe {

    private AccountChangesProbe() {
    }

    public static void sessionChanged(String sessionId) {
        AccountChanges.sessionChanged(sessionId);
    }

    public static void accountChanged() {
        AccountChanges.accountChanged();
    }
}
