package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The public register API against the demo register in PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class RegisterApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebClient api() {
        return new WebClient(base);
    }

    @Test
    void listsLocationsPagedInTheDatabase() {
        JsonObject page1 = api().get("/api/v1/locations?perPage=5").json();
        assertTrue(page1.getInt("total") >= 300);
        assertEquals(5, page1.getJsonArray("items").size());
        JsonObject page2 = api().get("/api/v1/locations?perPage=5&page=2").json();
        assertFalse(page1.getJsonArray("items").get(0).equals(page2.getJsonArray("items").get(0)));
        assertEquals(2, page2.getInt("page"));
    }

    @Test
    void findsALocationByIdAndByPostcode() {
        String id = RegisterGenerator.locationId(0);
        JsonObject location = api().get("/api/v1/locations/" + id).json();
        assertEquals(id, location.getString("id"));
        assertEquals(RegisterGenerator.providerId(0), location.getString("providerId"));
        assertFalse(location.getJsonArray("regulatedActivities").isEmpty());

        String postcode = location.getString("postcode");
        JsonObject byPostcode = api().get("/api/v1/locations?q=" + postcode.replace(" ", "%20")).json();
        assertTrue(byPostcode.getJsonArray("items").stream().map(JsonObject.class::cast)
                .anyMatch(l -> l.getString("id").equals(id)));
        JsonObject byId = api().get("/api/v1/locations?q=" + id).json();
        assertEquals(1, byId.getInt("total"));
    }

    @Test
    void publicRecordsHoldNoPersonalContactDetails() {
        JsonObject location = api().get("/api/v1/locations/" + RegisterGenerator.locationId(0)).json();
        JsonObject manager = location.getJsonArray("regulatedActivities").getJsonObject(0)
                .getJsonObject("registeredManager");
        assertFalse(manager.containsKey("email") && !manager.isNull("email"));
    }

    @Test
    void filtersByRegionAndActivity() {
        JsonObject result = api().get("/api/v1/locations?region=LONDON&activity=PERSONAL_CARE&perPage=100").json();
        result.getJsonArray("items").stream().map(JsonObject.class::cast)
                .forEach(l -> assertEquals("London", l.getString("region")));
    }

    @Test
    void providersAndTheirLocations() {
        String id = RegisterGenerator.providerId(0);
        JsonObject provider = api().get("/api/v1/providers/" + id).json();
        assertEquals(id, provider.getString("id"));
        assertEquals(6, provider.getInt("locationCount"));
        JsonObject locations = api().get("/api/v1/providers/" + id + "/locations").json();
        assertEquals(6, locations.getInt("total"));
        assertTrue(api().get("/api/v1/providers?q=care&perPage=3").json().getInt("total") > 0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/v1/locations?page=abc|page",
        "/api/v1/locations?perPage=1000|perPage",
        "/api/v1/locations?region=MARS|region",
        "/api/v1/locations?providerId=nonsense|providerId",
        "/api/v1/locations/not-an-id|id",
        "/api/v1/providers?type=COMPANY|type",
        "/api/v1/providers/1-1/locations|id"})
    void badInputIsA400ProblemNamingTheField(String path, String field) {
        WebClient.Response r = api().get(path);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.isProblem(), "problem+json expected");
        JsonObject problem = r.json();
        assertEquals(400, problem.getInt("status"));
        assertEquals(field, problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertFalse(r.body().contains("Exception"));
    }

    @Test
    void unknownIdsAre404Problems() {
        WebClient.Response r = api().get("/api/v1/locations/1-999999999");
        assertEquals(404, r.status());
        assertTrue(r.isProblem(), "problem+json expected");
        assertEquals(404, api().get("/api/v1/providers/1-999999999").status());
        assertEquals(404, api().get("/api/v1/no-such-thing").status());
        assertEquals("application/problem+json", api().get("/api/v1/no-such-thing").header("Content-Type"));
    }

    @Test
    void wrongMethodIsAProblemNotAStackTrace() {
        WebClient.Response r = api().send("DELETE", "/api/v1/locations/" + RegisterGenerator.locationId(0), null, null);
        assertEquals(405, r.status());
        assertTrue(r.isProblem(), "problem+json expected");
    }
}
