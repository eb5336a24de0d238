package org.inspectorate.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertNull(PasswordPolicy.check("password", "correct horse battery staple", "ivy@example.org"));
    }

    @Test
    void explainsEachRefusal() {
        assertEquals("Enter a password", PasswordPolicy.check("p", "", null).message());
        assertEquals("Password must be 12 characters or more", PasswordPolicy.check("p", "short", null).message());
        assertEquals("Choose a password that is harder to guess",
                PasswordPolicy.check("p", "Password1234", null).message());
        assertEquals("Choose a password that is harder to guess",
                PasswordPolicy.check("p", "aaaaaaaaaaaaaaa", null).message());
        assertEquals("Password must not contain your email address",
                PasswordPolicy.check("p", "xx ivy@example.org xx", "ivy@example.org").message());
    }
}
