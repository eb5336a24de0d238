package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Health checks that really probe PostgreSQL, Prometheus metrics, OpenAPI and security headers. */
@ExtendWith(ArquillianExtension.class)
class OpsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void readinessQueriesTheDatabase() {
        WebClient web = new WebClient(base);
        WebClient.Response ready = web.get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        JsonObject db = ready.json().getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", db.getString("status"));
        assertTrue(db.getJsonObject("data").containsKey("responseMillis"));
    }

    @Test
    void livenessAndStartedAreUp() {
        WebClient web = new WebClient(base);
        assertEquals("UP", web.get("/health/live").json().getString("status"));
        assertEquals("UP", web.get("/health/started").json().getString("status"));
    }

    @Test
    void metricsArePrometheusTextWithRegisterCounts() {
        WebClient.Response metrics = new WebClient(base).get("/metrics");
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("register_locations{mp_scope=\"application\""), metrics.body());
        assertTrue(metrics.body().contains("register_providers{"));
    }

    @Test
    void openApiDescribesTheRegisterApi() {
        WebClient.Response doc = new WebClient(base).get("/openapi");
        assertEquals(200, doc.status());
        assertTrue(doc.body().contains("/api/v1/locations"), doc.body());
        assertTrue(doc.body().contains("/api/v1/providers/{id}"));
    }

    @Test
    void pagesCarrySecurityHeaders() {
        WebClient.Response page = new WebClient(base).get("/index.xhtml");
        assertEquals(200, page.status());
        String csp = page.header("Content-Security-Policy");
        assertNotNull(csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("script-src 'self' 'nonce-"), csp);
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals("DENY", page.header("X-Frame-Options"));
        assertEquals("strict-origin-when-cross-origin", page.header("Referrer-Policy"));
    }

    /**
     * Every answer carries the security headers, the server's own too (an API refusal before the application,
     * /health, /metrics, /openapi); /metrics is not readable cross-origin; HSTS follows a trusted proxy's TLS.
     */
    @Test
    void everyAnswerCarriesSecurityHeadersAndHstsFollowsTheProxy() throws Exception {
        WebClient web = new WebClient(base);
        for (String path : java.util.List.of("/metrics", "/health/ready", "/openapi", "/api/v1/staff/audit",
                "/no-such-page.xhtml")) {
            WebClient.Response r = web.get(path);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), path + " " + r.status());
            assertEquals("DENY", r.header("X-Frame-Options"), path);
            assertNotNull(r.header("Content-Security-Policy"), path);
            assertEquals(null, r.header("Access-Control-Allow-Origin"), path);
        }
        assertEquals(null, web.get("/index.xhtml").header("Strict-Transport-Security"), "plain HTTP, no proxy");
        java.net.http.HttpResponse<String> proxied = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "index.xhtml"))
                        .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(proxied.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="),
                "TLS ended at a trusted proxy: " + proxied.headers().map());
    }
}
