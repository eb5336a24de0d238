package org.inspectorate.identity.domain;

/**
 * Roles. Staff roles belong to the regulator's people; provider roles to users of one provider
 * organisation. Each role is also a container security group of the same name.
 */
public enum Role {
    INSPECTOR(AccountKind.STAFF, "Inspector"),
    REGISTRATION_OFFICER(AccountKind.STAFF, "Registration officer"),
    MANAGER(AccountKind.STAFF, "Manager"),
    ADMINISTRATOR(AccountKind.STAFF, "Administrator"),
    PROVIDER_ADMIN(AccountKind.PROVIDER, "Organisation administrator"),
    LOCATION_MANAGER(AccountKind.PROVIDER, "Location manager"),
    CONTRIBUTOR(AccountKind.PROVIDER, "Contributor"),
    READ_ONLY(AccountKind.PROVIDER, "Read-only");

    private final AccountKind kind;
    private final String label;

    Role(AccountKind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    public AccountKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    /** Location managers and contributors work with chosen locations; other roles see the whole organisation. */
    public boolean scoped() {
        return this == LOCATION_MANAGER || this == CONTRIBUTOR;
    }

    /** The roles a provider user can be given, one each. */
    public static java.util.List<Role> providerRoles() {
        return java.util.List.of(PROVIDER_ADMIN, LOCATION_MANAGER, CONTRIBUTOR, READ_ONLY);
    }
}
