package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.inspectorate.demo.RegisterGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No cross-organisation access: the administrator of organisation A tries every portal page and every
 * portal and account API endpoint with organisation B's ids. Every attempt must be refused with 403 or
 * 404 and leave an ACCESS_REFUSED audit record naming the id.
 *
 * <p>Add a row to {@link #attempts} for every new portal page or endpoint that takes an id.
 */
@ExtendWith(ArquillianExtension.class)
class PortalIsolationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** Organisation B's records that A must never reach, and one record of A's own for mixed requests. */
    record OtherOrganisation(String location, long user, long scopedUser, long invitation, long cover, long apiClient,
            String session, long ownUser, String notification, String draft) {
    }

    /** One attempt: a page (browser session) or an API call (HTTP Basic), and the id its refusal must name. */
    record Attempt(String name, String method, String path, String body, boolean page, String refusedId) {

        static Attempt page(String name, String path, String refusedId) {
            return new Attempt(name, "GET", path, null, true, refusedId);
        }

        static Attempt api(String name, String method, String path, String body, String refusedId) {
            return new Attempt(name, method, path, body, false, refusedId);
        }
    }

    static List<Attempt> attempts(OtherOrganisation b) {
        String user = String.valueOf(b.user());
        String scoped = String.valueOf(b.scopedUser());
        return List.of(
                Attempt.page("location page", "/portal/location.xhtml?id=" + b.location(), b.location()),
                Attempt.page("team member page", "/portal/team/member.xhtml?id=" + user, user),
                Attempt.api("location", "GET", "/api/v1/portal/locations/" + b.location(), null, b.location()),
                Attempt.api("user", "GET", "/api/v1/portal/users/" + user, null, user),
                Attempt.api("change role", "PUT", "/api/v1/portal/users/" + user, "{\"role\":\"READ_ONLY\"}", user),
                Attempt.api("suspend", "POST", "/api/v1/portal/users/" + user + "/suspend", null, user),
                Attempt.api("reactivate", "POST", "/api/v1/portal/users/" + user + "/reactivate", null, user),
                Attempt.api("reset second factor", "POST", "/api/v1/portal/users/" + user + "/reset-second-factor",
                        null, user),
                Attempt.api("remove", "DELETE", "/api/v1/portal/users/" + user, null, user),
                Attempt.api("scope to another's location", "PUT", "/api/v1/portal/users/" + b.ownUser(),
                        "{\"role\":\"CONTRIBUTOR\",\"locations\":[\"" + b.location() + "\"]}", b.location()),
                Attempt.api("invite to another's location", "POST", "/api/v1/portal/invitations",
                        "{\"email\":\"iso-" + System.nanoTime() + "@a.example\",\"name\":\"Iso\",\"role\":\"CONTRIBUTOR\","
                                + "\"locations\":[\"" + b.location() + "\"]}", b.location()),
                Attempt.api("withdraw invitation", "DELETE", "/api/v1/portal/invitations/" + b.invitation(), null,
                        String.valueOf(b.invitation())),
                Attempt.api("cover another's user", "POST", "/api/v1/portal/covers", "{\"coveringUserId\":"
                        + b.ownUser() + ",\"coveredUserId\":" + scoped + ",\"startsOn\":\"" + today()
                        + "\",\"endsOn\":\"" + today() + "\"}", scoped),
                Attempt.api("end cover", "DELETE", "/api/v1/portal/covers/" + b.cover(), null,
                        String.valueOf(b.cover())),
                Attempt.api("revoke API client", "DELETE", "/api/v1/portal/api-clients/" + b.apiClient(), null,
                        String.valueOf(b.apiClient())),
                Attempt.api("end session", "DELETE", "/api/v1/account/sessions/" + b.session(), null, b.session()),
                Attempt.api("notify for another's location", "POST", "/api/v1/notifications",
                        NotificationJson.valid(org.inspectorate.notification.domain.NotificationType.POLICE_INCIDENT,
                                b.location()), b.location()),
                Attempt.api("read another's notification", "GET", "/api/v1/notifications/" + b.notification(), null,
                        b.notification()),
                Attempt.page("notification page", "/portal/notifications/view.xhtml?ref=" + b.notification(),
                        b.notification()),
                Attempt.page("notification draft page", "/portal/notifications/draft.xhtml?id=" + b.draft(),
                        b.draft()));
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/London")).toString();
    }

    @Test
    void everyAttemptOnAnotherOrganisationsIdsIsRefusedAndAudited() {
        OtherOrganisation b = organisationB();
        WebClient pages = PortalUsers.signedIn(base, DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        WebClient api = new WebClient(base).basicAuth(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        List<Executable> checks = new ArrayList<>();
        for (Attempt a : attempts(b)) {
            checks.add(() -> {
                long before = refusals(a.refusedId());
                WebClient.Response r = a.page() ? pages.get(a.path())
                        : api.send(a.method(), a.path(), a.body() == null ? null : "application/json", a.body());
                assertTrue(r.status() == 403 || r.status() == 404, a.name() + ": " + a.method() + " " + a.path()
                        + " gave " + r.status() + "\n" + r.body());
                assertTrue(refusals(a.refusedId()) > before, a.name() + ": no ACCESS_REFUSED audit record for "
                        + a.refusedId());
            });
        }
        assertAll(checks);
        assertEquals(200, new WebClient(base).basicAuth(DemoUsers.PROVIDER_B, DemoUsers.PASSWORD)
                .get("/api/v1/portal/users/" + b.user()).status(), "B's records are untouched and still B's");
    }

    private long refusals(String id) {
        return PortalUsers.audit(base, "action=ACCESS_REFUSED&person=" + DemoUsers.PROVIDER_A + "&entityId="
                + URLEncoder.encode(id, StandardCharsets.UTF_8)).getJsonNumber("total").longValue();
    }

    /** Organisation B's records, made by B's administrator through the same API. */
    private OtherOrganisation organisationB() {
        WebClient b = new WebClient(base).basicAuth(DemoUsers.PROVIDER_B, DemoUsers.PASSWORD);
        String location = RegisterGenerator.locationId(RegisterGenerator.DEMO_CHAIN_SIZE);
        long admin = PortalUsers.idOf(base, DemoUsers.PROVIDER_B, DemoUsers.PROVIDER_B);
        String absent = PortalUsers.create(base, DemoUsers.PROVIDER_B, "CONTRIBUTOR", List.of(location));
        String covering = PortalUsers.create(base, DemoUsers.PROVIDER_B, "CONTRIBUTOR",
                List.of(RegisterGenerator.locationId(RegisterGenerator.DEMO_CHAIN_SIZE + 1)));
        long absentId = PortalUsers.idOf(base, DemoUsers.PROVIDER_B, absent);
        long coveringId = PortalUsers.idOf(base, DemoUsers.PROVIDER_B, covering);
        WebClient.Response cover = b.postJson("/api/v1/portal/covers", "{\"coveringUserId\":" + coveringId
                + ",\"coveredUserId\":" + absentId + ",\"startsOn\":\"" + today() + "\",\"endsOn\":\"" + today() + "\"}");
        assertEquals(201, cover.status(), cover.body());
        WebClient.Response invitation = PortalUsers.invite(base, DemoUsers.PROVIDER_B, PortalUsers.uniqueEmail("b"),
                "READ_ONLY", List.of());
        assertEquals(201, invitation.status(), invitation.body());
        WebClient.Response client = b.postJson("/api/v1/portal/api-clients", "{\"name\":\"B system\"}");
        assertEquals(201, client.status(), client.body());
        WebClient session = PortalUsers.signedIn(base, DemoUsers.PROVIDER_B, DemoUsers.PASSWORD);
        WebClient.Response sessions = session.get("/api/v1/account/sessions");
        assertEquals(200, sessions.status(), sessions.body());
        JsonObject mine = Json.createReader(new StringReader(sessions.body())).readArray().getJsonObject(0);
        long ownUser = PortalUsers.idOf(base, DemoUsers.PROVIDER_A, DemoUsers.PROVIDER_A_CONTRIBUTOR);
        WebClient.Response notified = new WebClient(base).bearer(org.inspectorate.demo.DemoAccounts.PROVIDER_B_API_KEY)
                .postJson("/api/v1/notifications", NotificationJson.valid(
                        org.inspectorate.notification.domain.NotificationType.POLICE_INCIDENT, location));
        assertEquals(201, notified.status(), notified.body());
        String draft = java.util.UUID.randomUUID().toString();
        Database.update("insert into notification_draft (id, provider_id, location_id, type, created_by_name, created_at,"
                + " updated_at) select ?::uuid, provider_id, id, 'POLICE_INCIDENT', 'B admin', now(), now()"
                + " from location where id = ?", draft, location);
        return new OtherOrganisation(location, admin, absentId, invitation.json().getJsonNumber("id").longValue(),
                cover.json().getJsonNumber("id").longValue(), client.json().getJsonNumber("id").longValue(),
                mine.getString("id"), ownUser, notified.json().getString("reference"), draft);
    }
}
