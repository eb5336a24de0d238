package org.inspectorate.registry.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"1-101234567", "1-1000210669", "1-545611283"})
    void acceptsNineOrTenDigits(String id) {
        assertTrue(OrganisationId.isValid(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1-12345678", "1-12345678901", "2-123456789", "1-12345678a", "RL4", "1-123456789 "})
    void refusesAnythingElse(String id) {
        assertFalse(OrganisationId.isValid(id));
    }
}
