package org.inspectorate.registration.domain;

/** The kinds of registration application (DOMAIN.md 4.1), each its own task list. */
public enum ApplicationType {
    ADD_LOCATION("Add a location", true),
    REMOVE_LOCATION("Remove a location", true),
    ADD_ACTIVITY("Add a regulated activity", true),
    REMOVE_ACTIVITY("Remove a regulated activity", true),
    VARY_CONDITION("Vary a condition", true),
    REMOVE_CONDITION("Remove a condition", true),
    ADD_PARTNER("Add a partner", true),
    REMOVE_PARTNER("Remove a partner", true),
    CANCEL_ACTIVITY("Cancel registration for one regulated activity", true),
    CANCEL_ALL("Cancel registration for all regulated activities", true),
    CANCEL_MANAGER("Cancel a registered manager's registration", true),
    NEW_MANAGER("Register a new registered manager", true),
    NEW_PROVIDER("Register as a new provider", false);

    private final String label;
    private final boolean byRegisteredProvider;

    ApplicationType(String label, boolean byRegisteredProvider) {
        this.label = label;
        this.byRegisteredProvider = byRegisteredProvider;
    }

    public String label() {
        return label;
    }

    /** Made by a provider already on the register (as opposed to a new provider's application). */
    public boolean byRegisteredProvider() {
        return byRegisteredProvider;
    }
}
