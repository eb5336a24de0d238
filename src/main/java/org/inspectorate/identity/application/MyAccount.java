package org.inspectorate.identity.application;

import java.time.Instant;
import java.util.List;

/** The signed-in person's own account, for their account page. */
public record MyAccount(long id, String name, String email, boolean staff, List<String> roles, boolean mfaEnabled,
        boolean mfaRequired, long recoveryCodesLeft, Instant passwordChangedAt) {

    public String rolesText() {
        return String.join(", ", roles);
    }
}
