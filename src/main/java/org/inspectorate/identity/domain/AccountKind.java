package org.inspectorate.identity.domain;

/** Regulator staff, or a user of a provider organisation. Also a container security group. */
public enum AccountKind {
    STAFF,
    PROVIDER
}
