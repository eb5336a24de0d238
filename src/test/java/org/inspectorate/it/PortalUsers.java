package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * New provider users for tests, made the way real ones are: an administrator invites them through the API,
 * the invitation email arrives at the test mail server, and they accept it on the real page.
 */
public final class PortalUsers {

    public static final String PASSWORD = "correct horse battery 2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private PortalUsers() {
    }

    public static String uniqueEmail(String who) {
        return who + "-" + System.currentTimeMillis() + "-" + SEQUENCE.incrementAndGet() + "@provider-a.example";
    }

    public static WebClient.Response invite(URL base, String admin, String email, String role, List<String> locations) {
        String locs = locations.stream().map(l -> "\"" + l + "\"").collect(Collectors.joining(","));
        return new WebClient(base).basicAuth(admin, DemoUsers.PASSWORD).postJson("/api/v1/portal/invitations",
                "{\"email\":\"" + email + "\",\"name\":\"Test " + words(role) + "\",\"role\":\"" + role + "\",\"locations\":["
                        + locs + "]}");
    }

    public static String invitationLink(String email) {
        return MailSink.await(email, "invitation", Duration.ofSeconds(30)).link("/accept-invitation.xhtml");
    }

    public static WebClient.Response accept(URL base, String link, String name, String password) {
        return new WebClient(base).submit(link, "accept", Map.of("name", name, "password", password, "confirm",
                password), "submit");
    }

    /** A new, active user of the administrator's organisation with this role; returns the email address. */
    public static String create(URL base, String admin, String role, List<String> locations) {
        MailSink.server();
        String email = uniqueEmail(role.toLowerCase());
        WebClient.Response invited = invite(base, admin, email, role, locations);
        assertEquals(201, invited.status(), invited.body());
        WebClient browser = new WebClient(base);
        WebClient.Response accepted = browser.submit(invitationLink(email), "accept", Map.of("name", "Test "
                + words(role), "password", PASSWORD, "confirm", PASSWORD), "submit");
        assertEquals(302, accepted.status(), accepted.body());
        // Accepting signs the new user in; sign out, so that tests count only the sessions they open themselves.
        assertEquals(302, browser.submit("/portal/index.xhtml", "signout", Map.of(), "signOut").status());
        return email;
    }

    public static long idOf(URL base, String admin, String email) {
        for (int page = 1; page < 50; page++) {
            JsonObject users = new WebClient(base).basicAuth(admin, DemoUsers.PASSWORD)
                    .get("/api/v1/portal/users?perPage=100&page=" + page).json();
            for (JsonObject u : users.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (u.getString("email").equalsIgnoreCase(email)) {
                    return u.getJsonNumber("id").longValue();
                }
            }
            if (page >= users.getInt("totalPages")) {
                break;
            }
        }
        throw new AssertionError("No user " + email);
    }

    public static WebClient signedIn(URL base, String email, String password) {
        WebClient web = new WebClient(base);
        WebClient.Response r = web.signIn(email, password);
        assertEquals(302, r.status(), "sign-in of " + email + ": " + r.body());
        return web;
    }

    /** The audit trail as an administrator sees it through the API. */
    public static JsonObject audit(URL base, String query) {
        return new WebClient(base).basicAuth(DemoUsers.ADMIN, DemoUsers.PASSWORD).get("/api/v1/staff/audit?" + query)
                .json();
    }

    /** A role's name as a person's name may hold it ("read only"), not its code. */
    private static String words(String role) {
        return role.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    }
}
