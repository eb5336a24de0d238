package org.inspectorate.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.inspectorate.shared.security.Caller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SignInViewTest {

    private final Caller staff = new Caller(1L, "s", Caller.Kind.STAFF, null, Set.of("STAFF"), null);
    private final Caller provider = new Caller(2L, "p", Caller.Kind.PROVIDER, "1-101234567", Set.of("PROVIDER"), null);

    @Test
    void returnsToThePageAskedFor() {
        assertEquals("/staff/locations.xhtml?q=oak", SignInView.destination("/staff/locations.xhtml?q=oak", staff));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "https://evil.example", "/\\evil.example", "javascript:alert(1)",
            "/sign-in.xhtml"})
    void neverSendsPeopleToAnotherSite(String next) {
        assertEquals("/staff/index.xhtml", SignInView.destination(next, staff));
        assertEquals("/portal/index.xhtml", SignInView.destination(next, provider));
    }
}
