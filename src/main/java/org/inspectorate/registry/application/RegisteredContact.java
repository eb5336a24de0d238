package org.inspectorate.registry.application;

/**
 * A person the register names for a provider, with the email address the register holds for them: the
 * nominated individual, a partner, or a registered manager. Personal data: callers audit their reads.
 */
public record RegisteredContact(long personId, String name, String email, String capacity) {
}
