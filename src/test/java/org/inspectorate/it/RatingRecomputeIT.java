package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.inspectorate.demo.RegisterGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Recomputing every current rating under another methodology version: only managers and administrators may start
 * it; it runs in the background with its progress visible through the API and at /metrics; every current rating is
 * replaced by one worked out under the new version, and the one it replaced stays on record.
 */
@ExtendWith(ArquillianExtension.class)
class RatingRecomputeIT {

    static final String RATED = RegisterGenerator.locationId(3);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyCurrentRatingIsRecomputedUnderTheNewMethodologyWithProgressShown() throws Exception {
        WebClient manager = Assessments.as(base, DemoUsers.MANAGER);
        assertEquals(403, Assessments.as(base, DemoUsers.INSPECTOR).postJson("/api/v1/staff/rating-recomputes",
                "{\"methodology\":\"SAF-2023-11\"}").status());
        WebClient.Response bad = manager.postJson("/api/v1/staff/rating-recomputes", "{\"methodology\":\"NOPE\"}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.isProblem());

        WebClient.Response started = manager.postJson("/api/v1/staff/rating-recomputes",
                "{\"methodology\":\"SAF-2023-11\"}");
        assertEquals(202, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        int total = started.json().getInt("total");
        assertTrue(total > 100, "the demo ratings are current: " + total);
        JsonObject job = started.json();
        for (int i = 0; i < 120 && "RUNNING".equals(job.getString("state")); i++) {
            Thread.sleep(500);
            job = manager.get("/api/v1/staff/rating-recomputes/" + id).json();
        }
        assertEquals("DONE", job.getString("state"), job.toString());
        assertEquals(total, job.getInt("processed"));

        JsonObject rating = new WebClient(base).get("/api/v1/locations/" + RATED + "/rating").json();
        assertEquals("SAF-2023-11", rating.getString("methodologyCode"));
        assertEquals("RECOMPUTE", rating.getString("cause"));
        assertTrue(rating.getJsonArray("keyQuestions").getJsonObject(0).getJsonArray("statements").getJsonObject(0)
                .getString("rule").contains("No evidence category was scored"), rating.toString());

        String metrics = new WebClient(base).get("/metrics").body();
        assertTrue(metrics.contains("rating_recompute_processed"), metrics);
        assertTrue(metrics.contains("assessment_count"), metrics);
        JsonObject audit = PortalUsers.audit(base, "action=RATINGS_RECOMPUTED&entityId=" + id);
        assertTrue(audit.getJsonNumber("total").longValue() >= 1, audit.toString());
    }
}
