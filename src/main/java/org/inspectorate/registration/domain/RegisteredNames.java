package org.inspectorate.registration.domain;

/**
 * The people the register names for the applying provider now, for checking an answer that names one: a
 * registered manager at a location, or a partner. Supplied by the application layer from the register.
 */
public interface RegisteredNames {

    /** Knows nobody: for sections that name no registered person. */
    RegisteredNames NONE = new RegisteredNames() {
        @Override
        public boolean isManagerAt(String locationId, String name) {
            return false;
        }

        @Override
        public boolean isPartner(String name) {
            return false;
        }
    };

    boolean isManagerAt(String locationId, String name);

    boolean isPartner(String name);
}
