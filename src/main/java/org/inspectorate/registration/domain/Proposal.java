package org.inspectorate.registration.domain;

/** What a notice of proposal on an application proposes (DOMAIN.md 4.2 step 5). */
public enum Proposal {
    REFUSE("refuse the application"),
    GRANT_WITH_CONDITIONS("grant the application with conditions that were not agreed");

    private final String text;

    Proposal(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
