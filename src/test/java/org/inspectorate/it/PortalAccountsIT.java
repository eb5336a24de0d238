package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.inspectorate.demo.RegisterGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many users per organisation: invitations (single use), roles and location scopes, cover that grants and
 * then withdraws access, suspension, and an organisation never left without an administrator.
 */
@ExtendWith(ArquillianExtension.class)
class PortalAccountsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static final String LOC_0 = RegisterGenerator.locationId(0);
    private static final String LOC_1 = RegisterGenerator.locationId(1);
    private static final String LOC_4 = RegisterGenerator.locationId(4);

    private WebClient admin() {
        return new WebClient(base).basicAuth(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
    }

    private WebClient user(String email) {
        return new WebClient(base).basicAuth(email, PortalUsers.PASSWORD);
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/London")).toString();
    }

    @Test
    void anInvitationIsEmailedAndWorksOnce() {
        MailSink.server();
        String email = PortalUsers.uniqueEmail("invitee");
        WebClient.Response invited = PortalUsers.invite(base, DemoUsers.PROVIDER_A, email, "LOCATION_MANAGER",
                List.of(LOC_0, LOC_1));
        assertEquals(201, invited.status(), invited.body());
        assertEquals("PENDING", invited.json().getString("status"));
        assertTrue(admin().get("/api/v1/portal/invitations").body().contains(email));

        String link = PortalUsers.invitationLink(email);
        WebClient.Response page = new WebClient(base).get(link);
        assertTrue(page.body().contains("Location manager"), page.body());
        assertEquals(302, PortalUsers.accept(base, link, "Lee Manager", PortalUsers.PASSWORD).status());
        WebClient.Response again = new WebClient(base).get(link);
        assertTrue(again.body().contains("expired or has already been used"), "single use");
        assertTrue(!again.body().contains("name=\"accept\""), "no form for a used link");

        JsonObject me = user(email).get("/api/v1/portal/me").json();
        assertEquals(RegisterGenerator.providerId(0), me.getString("providerId"));
        assertTrue(me.getJsonArray("roles").toString().contains("LOCATION_MANAGER"));
        assertTrue(PortalUsers.audit(base, "action=INVITATION_ACCEPTED&person=" + email).getInt("total") >= 1);
        assertTrue(PortalUsers.audit(base, "action=INVITATION_SENT&person=" + DemoUsers.PROVIDER_A)
                .getInt("total") >= 1);
    }

    @Test
    void badInvitationsAreExplainedFieldByField() {
        WebClient.Response bad = admin().postJson("/api/v1/portal/invitations",
                "{\"email\":\"not-an-address\",\"name\":\"\",\"role\":\"CONTRIBUTOR\",\"locations\":[]}");
        assertEquals(400, bad.status());
        assertTrue(bad.isProblem());
        String errors = bad.json().getJsonArray("errors").toString();
        assertTrue(errors.contains("\"email\"") && errors.contains("\"name\""), errors);
        WebClient.Response noLocations = admin().postJson("/api/v1/portal/invitations",
                "{\"email\":\"x" + System.nanoTime() + "@a.example\",\"name\":\"X\",\"role\":\"CONTRIBUTOR\"}");
        assertEquals(400, noLocations.status());
        assertTrue(noLocations.body().contains("locations"), noLocations.body());
        WebClient.Response badRole = admin().postJson("/api/v1/portal/invitations",
                "{\"email\":\"y" + System.nanoTime() + "@a.example\",\"name\":\"Y\",\"role\":\"ADMINISTRATOR\"}");
        assertEquals(400, badRole.status());
        WebClient.Response member = admin().postJson("/api/v1/portal/invitations",
                "{\"email\":\"" + DemoUsers.PROVIDER_A_CONTRIBUTOR + "\",\"name\":\"C\",\"role\":\"READ_ONLY\"}");
        assertEquals(400, member.status());
        assertTrue(member.body().contains("already has an account in your organisation"), member.body());
        for (String elsewhere : java.util.List.of(DemoUsers.PROVIDER_B, DemoUsers.INSPECTOR)) {
            WebClient.Response outside = admin().postJson("/api/v1/portal/invitations",
                    "{\"email\":\"" + elsewhere + "\",\"name\":\"B\",\"role\":\"READ_ONLY\"}");
            assertEquals(400, outside.status(), "refused when inviting, not when accepting: " + elsewhere);
            assertTrue(outside.body().contains("account outside your organisation")
                    && !outside.body().contains("provider-b"), outside.body());
        }
        assertEquals(403, new WebClient(base).basicAuth(DemoUsers.PROVIDER_A_CONTRIBUTOR, DemoUsers.PASSWORD)
                .get("/api/v1/portal/invitations").status(), "only administrators invite");
    }

    @Test
    void locationManagersReachOnlyTheirLocationsUntilTheirScopeChanges() {
        String email = PortalUsers.create(base, DemoUsers.PROVIDER_A, "LOCATION_MANAGER", List.of(LOC_0));
        long id = PortalUsers.idOf(base, DemoUsers.PROVIDER_A, email);
        assertEquals(200, user(email).get("/api/v1/portal/locations/" + LOC_0).status());
        WebClient.Response refused = user(email).get("/api/v1/portal/locations/" + LOC_4);
        assertEquals(403, refused.status());
        assertTrue(refused.isProblem());
        assertTrue(PortalUsers.audit(base, "action=ACCESS_REFUSED&person=" + email + "&entityId=" + LOC_4)
                .getInt("total") >= 1);

        WebClient.Response changed = admin().send("PUT", "/api/v1/portal/users/" + id, "application/json",
                "{\"role\":\"LOCATION_MANAGER\",\"locations\":[\"" + LOC_4 + "\"]}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals(200, user(email).get("/api/v1/portal/locations/" + LOC_4).status());
        assertEquals(403, user(email).get("/api/v1/portal/locations/" + LOC_0).status());
        assertTrue(PortalUsers.audit(base, "action=USER_ROLE_CHANGED&entityId=" + id).getInt("total") >= 1);

        WebClient.Response readOnly = admin().send("PUT", "/api/v1/portal/users/" + id, "application/json",
                "{\"role\":\"READ_ONLY\"}");
        assertEquals(200, readOnly.status());
        assertEquals(200, user(email).get("/api/v1/portal/locations/" + LOC_0).status(), "read-only sees all");
    }

    @Test
    void coverGivesAColleaguesLocationsUntilItEnds() {
        String absent = PortalUsers.create(base, DemoUsers.PROVIDER_A, "CONTRIBUTOR", List.of(LOC_1));
        String cover = PortalUsers.create(base, DemoUsers.PROVIDER_A, "CONTRIBUTOR", List.of(LOC_4));
        long absentId = PortalUsers.idOf(base, DemoUsers.PROVIDER_A, absent);
        long coverId = PortalUsers.idOf(base, DemoUsers.PROVIDER_A, cover);
        assertEquals(403, user(cover).get("/api/v1/portal/locations/" + LOC_1).status());

        WebClient.Response bad = admin().postJson("/api/v1/portal/covers", "{\"coveringUserId\":" + coverId
                + ",\"coveredUserId\":" + absentId + ",\"startsOn\":\"" + today() + "\",\"endsOn\":\"2001-01-01\"}");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("endsOn"), bad.body());

        String end = LocalDate.now(ZoneId.of("Europe/London")).plusDays(7).toString();
        WebClient.Response granted = admin().postJson("/api/v1/portal/covers", "{\"coveringUserId\":" + coverId
                + ",\"coveredUserId\":" + absentId + ",\"startsOn\":\"" + today() + "\",\"endsOn\":\"" + end
                + "\",\"reason\":\"Annual leave\"}");
        assertEquals(201, granted.status(), granted.body());
        long grant = granted.json().getJsonNumber("id").longValue();
        assertEquals(200, user(cover).get("/api/v1/portal/locations/" + LOC_1).status(), "cover grants access");
        assertTrue(admin().get("/api/v1/portal/covers?perPage=100").body().contains("Annual leave"));
        WebClient.Response overlap = admin().postJson("/api/v1/portal/covers", "{\"coveringUserId\":" + coverId
                + ",\"coveredUserId\":" + absentId + ",\"startsOn\":\"" + end + "\",\"endsOn\":\""
                + LocalDate.parse(end).plusDays(3) + "\"}");
        assertEquals(400, overlap.status(), "a second cover of the same person sharing a day is refused");
        assertTrue(overlap.body().contains("startsOn") && overlap.body().contains("already covers"), overlap.body());

        assertEquals(204, admin().send("DELETE", "/api/v1/portal/covers/" + grant, null, null).status());
        assertEquals(403, user(cover).get("/api/v1/portal/locations/" + LOC_1).status(), "ended cover grants nothing");
        assertTrue(PortalUsers.audit(base, "action=COVER_GRANTED&entityId=" + grant).getInt("total") >= 1);
        assertTrue(PortalUsers.audit(base, "action=COVER_ENDED&entityId=" + grant).getInt("total") >= 1);
    }

    @Test
    void suspendingAUserEndsTheirSessionsAtOnce() {
        String email = PortalUsers.create(base, DemoUsers.PROVIDER_A, "READ_ONLY", List.of());
        long id = PortalUsers.idOf(base, DemoUsers.PROVIDER_A, email);
        WebClient web = PortalUsers.signedIn(base, email, PortalUsers.PASSWORD);
        assertEquals(200, web.get("/portal/index.xhtml").status());
        assertEquals(204, admin().send("POST", "/api/v1/portal/users/" + id + "/suspend", null, null).status());
        assertEquals(302, web.get("/portal/index.xhtml").status(), "suspended: sent to sign in");
        assertEquals(200, new WebClient(base).signIn(email, PortalUsers.PASSWORD).status(), "cannot sign in");
        assertEquals(204, admin().send("POST", "/api/v1/portal/users/" + id + "/reactivate", null, null).status());
        PortalUsers.signedIn(base, email, PortalUsers.PASSWORD);
        assertEquals(204, admin().send("DELETE", "/api/v1/portal/users/" + id, null, null).status());
        assertEquals(404, admin().get("/api/v1/portal/users/" + id).status(), "removed users are gone");
    }

    @Test
    void theOnlyAdministratorCannotBeSuspendedDemotedOrRemoved() {
        WebClient b = new WebClient(base).basicAuth(DemoUsers.PROVIDER_B, DemoUsers.PASSWORD);
        long self = PortalUsers.idOf(base, DemoUsers.PROVIDER_B, DemoUsers.PROVIDER_B);
        WebClient.Response suspend = b.send("POST", "/api/v1/portal/users/" + self + "/suspend", null, null);
        assertEquals(400, suspend.status());
        assertTrue(suspend.body().contains("only active administrator"), suspend.body());
        assertEquals(400, b.send("PUT", "/api/v1/portal/users/" + self, "application/json",
                "{\"role\":\"READ_ONLY\"}").status());
        assertEquals(400, b.send("DELETE", "/api/v1/portal/users/" + self, null, null).status());
        assertTrue(b.get("/api/v1/portal/me").status() == 200, "still an administrator");
    }

    @Test
    void usersSeeAndEndTheirSessionsAndChangingThePasswordEndsTheOthers() {
        String email = PortalUsers.create(base, DemoUsers.PROVIDER_A, "READ_ONLY", List.of());
        WebClient laptop = PortalUsers.signedIn(base, email, PortalUsers.PASSWORD);
        WebClient phone = PortalUsers.signedIn(base, email, PortalUsers.PASSWORD);
        WebClient tablet = PortalUsers.signedIn(base, email, PortalUsers.PASSWORD);
        var sessions = jakarta.json.Json.createReader(new java.io.StringReader(
                laptop.get("/api/v1/account/sessions").body())).readArray();
        assertEquals(3, sessions.size());
        String phoneSession = sessions.getValuesAs(JsonObject.class).stream()
                .filter(o -> !o.getBoolean("current")).findFirst().orElseThrow().getString("id");
        assertTrue(laptop.get("/account/index.xhtml").body().contains("This session"));
        assertEquals(204, laptop.send("DELETE", "/api/v1/account/sessions/" + phoneSession, null, null).status());
        int stillIn = (phone.get("/portal/index.xhtml").status() == 200 ? 1 : 0)
                + (tablet.get("/portal/index.xhtml").status() == 200 ? 1 : 0);
        assertEquals(1, stillIn, "exactly the ended session stopped working");

        String newPassword = "another long password 2026";
        WebClient.Response wrong = laptop.submit("/account/password.xhtml", "password", java.util.Map.of("current",
                "not my password", "password", newPassword, "confirm", newPassword), "submit");
        assertTrue(wrong.body().contains("Your current password is not right"), wrong.body());
        WebClient.Response changed = laptop.submit("/account/password.xhtml", "password", java.util.Map.of("current",
                PortalUsers.PASSWORD, "password", newPassword, "confirm", newPassword), "submit");
        assertEquals(302, changed.status(), changed.body());
        assertEquals(200, laptop.get("/portal/index.xhtml").status(), "this session goes on");
        assertEquals(302, phone.get("/portal/index.xhtml").status());
        assertEquals(302, tablet.get("/portal/index.xhtml").status(), "every other session ended");
        assertTrue(PortalUsers.audit(base, "action=PASSWORD_CHANGED&person=" + email).getInt("total") >= 1);
        assertTrue(PortalUsers.audit(base, "action=SESSION_ENDED&person=" + email).getInt("total") >= 1);
    }

    @Test
    void anAdministratorClearsALostAuthenticatorApp() {
        String email = PortalUsers.create(base, DemoUsers.PROVIDER_A, "READ_ONLY", List.of());
        long id = PortalUsers.idOf(base, DemoUsers.PROVIDER_A, email);
        WebClient web = PortalUsers.signedIn(base, email, PortalUsers.PASSWORD);
        WebClient.Response page = web.get("/account/mfa.xhtml");
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("id=\"mfa-secret\"[^>]*>([A-Z2-7 ]+)<")
                .matcher(page.body());
        assertTrue(secret.find(), page.body());
        String code = org.inspectorate.identity.domain.Mfa.codeAt(secret.group(1).replace(" ", ""),
                org.inspectorate.identity.domain.Mfa.stepAt(java.time.Instant.now()));
        assertEquals(302, web.submit(page, "/account/mfa.xhtml", "enrol", java.util.Map.of("code", code), "confirm")
                .status());
        assertEquals(401, user(email).get("/api/v1/portal/me").status(), "no Basic authentication past a second factor");
        String stored = Database.value("select mfa_secret from user_account where id = ?", id);
        assertTrue(stored.startsWith("enc:v1:"), "sealed at rest: " + stored);
        assertFalse(stored.contains(secret.group(1).replace(" ", "")), "no clear secret in mfa_secret");
        assertEquals(0L, Long.parseLong(Database.value("select count(*) from user_account where mfa_secret is not null"
                + " and mfa_secret not like 'enc:v1:%'")), "none stored in clear");

        assertEquals(204, admin().send("POST", "/api/v1/portal/users/" + id + "/reset-second-factor", null, null)
                .status());
        assertEquals(302, web.get("/portal/index.xhtml").status(), "their sessions ended");
        assertEquals(200, user(email).get("/api/v1/portal/me").status(), "password alone works again");
        assertTrue(PortalUsers.audit(base, "action=MFA_RESET&entityId=" + id).getInt("total") >= 1);
        assertTrue(PortalUsers.audit(base, "action=MFA_ENROLLED&person=" + email).getInt("total") >= 1);
    }

    @Test
    void theTeamPageWarnsOfASingleAdministrator() {
        WebClient web = PortalUsers.signedIn(base, DemoUsers.PROVIDER_B, DemoUsers.PASSWORD);
        WebClient.Response team = web.get("/portal/team/index.xhtml");
        assertEquals(200, team.status());
        assertTrue(team.body().contains("only one active administrator"), team.body());
        assertTrue(team.body().contains("/portal-access-request.xhtml"));
        assertEquals(403, PortalUsers.signedIn(base, DemoUsers.PROVIDER_A_CONTRIBUTOR, DemoUsers.PASSWORD)
                .get("/portal/team/index.xhtml").status(), "only administrators manage the team");
    }
}
