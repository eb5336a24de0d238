package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.inspectorate.demo.DemoAccounts;
import org.inspectorate.demo.RegisterGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Organisation API clients: created by an administrator, used as Bearer keys, revoked, kept apart. */
@ExtendWith(ArquillianExtension.class)
class ApiClientIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebClient as(String email) {
        return new WebClient(base).basicAuth(email, DemoUsers.PASSWORD);
    }

    private WebClient bearer(String key) {
        return new WebClient(base).bearer(key);
    }

    @Test
    void anAdministratorCreatesUsesAndRevokesAKey() {
        WebClient admin = as(DemoUsers.PROVIDER_A);
        WebClient.Response created = admin.postJson("/api/v1/portal/api-clients", "{\"name\":\"Care records system\"}");
        assertEquals(201, created.status(), created.body());
        String key = created.json().getString("key");
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(key.startsWith("insp_"));

        JsonObject me = bearer(key).get("/api/v1/portal/me").json();
        assertEquals(RegisterGenerator.providerId(0), me.getString("providerId"));
        assertTrue(me.getJsonArray("roles").toString().contains("API_CLIENT"));
        assertTrue(admin.get("/api/v1/portal/api-clients").body().contains("Care records system"));

        assertEquals(404, as(DemoUsers.PROVIDER_B).send("DELETE", "/api/v1/portal/api-clients/" + id, null, null)
                .status(), "another organisation cannot revoke it");
        assertEquals(204, admin.send("DELETE", "/api/v1/portal/api-clients/" + id, null, null).status());
        WebClient.Response after = bearer(key).get("/api/v1/portal/me");
        assertEquals(401, after.status());
        assertTrue(after.isProblem());
    }

    @Test
    void theDemoKeyActsForItsOwnOrganisationOnly() {
        JsonObject me = bearer(DemoAccounts.PROVIDER_B_API_KEY).get("/api/v1/portal/me").json();
        assertEquals(RegisterGenerator.providerId(1), me.getString("providerId"));
        assertEquals(403, bearer(DemoAccounts.PROVIDER_B_API_KEY).get("/api/v1/portal/api-clients").status(),
                "an API client cannot manage API clients");
        assertEquals(401, bearer("insp_not-a-real-key").get("/api/v1/portal/me").status());
    }

    @Test
    void contributorsCannotCreateKeysAndBadInputIsExplained() {
        assertEquals(403, as(DemoUsers.PROVIDER_A_CONTRIBUTOR).postJson("/api/v1/portal/api-clients",
                "{\"name\":\"x\"}").status());
        WebClient.Response blank = as(DemoUsers.PROVIDER_A).postJson("/api/v1/portal/api-clients", "{\"name\":\" \"}");
        assertEquals(400, blank.status());
        assertEquals("name", blank.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, as(DemoUsers.PROVIDER_A).postJson("/api/v1/portal/api-clients", "{not json").status());
        assertEquals(403, as(DemoUsers.INSPECTOR).get("/api/v1/portal/me").status(), "staff are not provider users");
    }
}
