package org.inspectorate.identity.web;

import jakarta.security.enterprise.credential.Credential;

/** Handed to the authentication mechanism right after a successful sign-in, to bind the new session. */
public record SessionCredential(String token) implements Credential {
}
