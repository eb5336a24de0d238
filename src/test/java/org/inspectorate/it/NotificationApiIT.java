package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inspectorate.demo.DemoAccounts;
import org.inspectorate.demo.RegisterGenerator;
import org.inspectorate.notification.domain.NotificationAudience;
import org.inspectorate.notification.domain.NotificationType;
import org.inspectorate.notification.domain.Samples;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Statutory notifications through the API: every type accepted when valid and refused field by field when
 * not, idempotent client keys, all-or-nothing batches, attachments, and one organisation kept from another's.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationApiIT {

    /** Demo provider A owns the first six demo locations, provider B the next six. */
    static final String A_LOCATION = RegisterGenerator.locationId(1);
    static final String B_LOCATION = RegisterGenerator.locationId(7);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebClient providerA() {
        return new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY);
    }

    private WebClient providerB() {
        return new WebClient(base).bearer(DemoAccounts.PROVIDER_B_API_KEY);
    }

    private static List<String> fields(WebClient.Response r) {
        return r.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("field")).toList();
    }

    @ParameterizedTest
    @EnumSource(NotificationType.class)
    void everyTypeIsAcceptedWhenValidAndCanBeReadBack(NotificationType type) {
        // Provider A runs dental practices, provider B mental health hospitals: each type where it applies.
        boolean dental = NotificationAudience.appliesTo(type, List.of("DENTAL"));
        WebClient sender = dental ? providerA() : providerB();
        WebClient.Response r = sender.postJson("/api/v1/notifications", NotificationJson.valid(type,
                dental ? A_LOCATION : B_LOCATION));
        assertEquals(201, r.status(), r.body());
        String reference = r.json().getString("reference");
        assertTrue(reference.matches("NTF-[2-9A-Z]{4}-[2-9A-Z]{4}"), reference);
        assertEquals("false", r.header("Idempotent-Replayed"));
        assertEquals(type.name(), r.json().getString("type"));

        WebClient.Response read = sender.get("/api/v1/notifications/" + reference);
        assertEquals(200, read.status(), read.body());
        assertEquals(type.label(), read.json().getString("typeLabel"));
        assertFalse(read.json().getJsonArray("answers").isEmpty());
    }

    @Test
    void aDentalPracticeDoesNotMakeMentalHealthActNotifications() {
        for (NotificationType type : List.of(NotificationType.DEATH_OF_DETAINED_PERSON,
                NotificationType.UNDER_18_IN_ADULT_PSYCHIATRIC_UNIT, NotificationType.DEPRIVATION_OF_LIBERTY)) {
            WebClient.Response r = providerA().postJson("/api/v1/notifications", NotificationJson.valid(type, A_LOCATION));
            assertEquals(400, r.status(), type + ": " + r.body());
            assertEquals(List.of("type"), fields(r), r.body());
            assertTrue(r.body().contains("is not one"), r.body());
        }
        assertEquals(201, providerB().postJson("/api/v1/notifications", NotificationJson.valid(
                NotificationType.DEATH_OF_DETAINED_PERSON, B_LOCATION)).status(), "a mental health hospital does");
    }

    @ParameterizedTest
    @EnumSource(NotificationType.class)
    void everyTypeRefusesMissingRequiredDetailsFieldByField(NotificationType type) {
        Map<String, Object> details = new LinkedHashMap<>(Samples.valid(type));
        String first = details.keySet().iterator().next();
        details.remove(first);
        details.put("noSuchField", "x");
        WebClient.Response r = providerA().postJson("/api/v1/notifications",
                NotificationJson.of(UUID.randomUUID().toString(), A_LOCATION, type.name(), details, List.of()));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.isProblem());
        assertTrue(fields(r).contains("details.noSuchField"), r.body());
    }

    @Test
    void theRegulationsThresholdsAndDatesAreChecked() {
        Map<String, Object> young = new LinkedHashMap<>(Samples.valid(NotificationType.UNDER_18_IN_ADULT_PSYCHIATRIC_UNIT));
        young.put("admittedAt", java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/London")).minusHours(5)
                .withSecond(0).withNano(0).toString());
        young.put("age", "19");
        WebClient.Response r = providerB().postJson("/api/v1/notifications", NotificationJson.of(
                UUID.randomUUID().toString(), B_LOCATION, "UNDER_18_IN_ADULT_PSYCHIATRIC_UNIT", young, List.of()));
        assertEquals(400, r.status());
        assertEquals(List.of("details.age"), fields(r), "field checks first, then the 48-hour rule");

        young.put("age", "16");
        r = providerB().postJson("/api/v1/notifications", NotificationJson.of(UUID.randomUUID().toString(),
                B_LOCATION, "UNDER_18_IN_ADULT_PSYCHIATRIC_UNIT", young, List.of()));
        assertEquals(List.of("details.admittedAt"), fields(r), r.body());

        Map<String, Object> death = new LinkedHashMap<>(Samples.valid(NotificationType.DEATH_OF_SERVICE_USER));
        death.put("dateOfDeath", "2099-01-01");
        death.put("expected", "perhaps");
        r = providerA().postJson("/api/v1/notifications", NotificationJson.of(UUID.randomUUID().toString(),
                A_LOCATION, "DEATH_OF_SERVICE_USER", death, List.of()));
        assertEquals(List.of("details.dateOfDeath", "details.expected"), fields(r), r.body());
    }

    @Test
    void badShapeIsExplainedAndNothingIsStored() {
        long before = total(providerA());
        WebClient.Response r = providerA().postJson("/api/v1/notifications",
                "{\"type\":\"NO_SUCH\",\"locationId\":\"nope\",\"details\":{}}");
        assertEquals(400, r.status());
        assertEquals(List.of("clientKey", "locationId", "type"), fields(r).stream().sorted().toList(), r.body());
        assertEquals(400, providerA().postJson("/api/v1/notifications", "{not json").status());
        assertEquals(400, providerA().postJson("/api/v1/notifications", "[]").status());
        assertEquals(before, total(providerA()));
    }

    @Test
    void aResubmissionWithTheSameKeyReturnsTheOriginalAcknowledgement() {
        String key = "care-system-" + UUID.randomUUID();
        Map<String, Object> details = Samples.valid(NotificationType.POLICE_INCIDENT);
        String body = NotificationJson.of(key, A_LOCATION, "POLICE_INCIDENT", details, List.of());
        WebClient.Response first = providerA().postJson("/api/v1/notifications", body);
        assertEquals(201, first.status(), first.body());
        long after = total(providerA());

        WebClient.Response again = providerA().postJson("/api/v1/notifications", body);
        assertEquals(200, again.status(), again.body());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.json().getString("reference"), again.json().getString("reference"));
        assertTrue(again.json().getBoolean("replayed"));
        assertEquals(after, total(providerA()), "nothing new stored");

        Map<String, Object> changed = new LinkedHashMap<>(details);
        changed.put("whatHappened", "Something else entirely");
        WebClient.Response reused = providerA().postJson("/api/v1/notifications",
                NotificationJson.of(key, A_LOCATION, "POLICE_INCIDENT", changed, List.of()));
        assertEquals(400, reused.status());
        assertEquals(List.of("clientKey"), fields(reused));
        assertTrue(reused.body().contains(first.json().getString("reference")));

        WebClient.Response other = providerB().postJson("/api/v1/notifications",
                NotificationJson.of(key, B_LOCATION, "POLICE_INCIDENT", details, List.of()));
        assertEquals(201, other.status(), "client keys belong to one organisation");
    }

    @Test
    void theIdempotencyKeyHeaderServesForASingleNotification() {
        String key = UUID.randomUUID().toString();
        String body = NotificationJson.of(null, A_LOCATION, "POLICE_INCIDENT",
                Samples.valid(NotificationType.POLICE_INCIDENT), List.of());
        WebClient.Response first = providerA().send("POST", "/api/v1/notifications", "application/json", body);
        assertEquals(400, first.status(), "a key is required");
        assertEquals(201, postWithKey(key, body).status());
        assertEquals(200, postWithKey(key, body).status());
    }

    private WebClient.Response postWithKey(String key, String body) {
        try {
            var http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
            var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    base.toString().replaceAll("/$", "") + "/api/v1/notifications"))
                    .header("Authorization", "Bearer " + DemoAccounts.PROVIDER_A_API_KEY)
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new WebClient.Response(r.statusCode(), r.headers().map(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBatchIsAllOrNothing() {
        long before = total(providerA());
        Map<String, Object> bad = new LinkedHashMap<>(Samples.valid(NotificationType.SERIOUS_INJURY));
        bad.put("harmLevel", "TERRIBLE");
        String k1 = UUID.randomUUID().toString();
        String k2 = UUID.randomUUID().toString();
        JsonArray batch = Json.createArrayBuilder()
                .add(NotificationJson.object(k1, A_LOCATION, "POLICE_INCIDENT",
                        Samples.valid(NotificationType.POLICE_INCIDENT), List.of()))
                .add(NotificationJson.object(k2, A_LOCATION, "DEATH_OF_SERVICE_USER",
                        Samples.valid(NotificationType.DEATH_OF_SERVICE_USER), List.of()))
                .add(NotificationJson.object(UUID.randomUUID().toString(), A_LOCATION, "SERIOUS_INJURY", bad, List.of()))
                .build();
        WebClient.Response refused = providerA().postJson("/api/v1/notifications", batch.toString());
        assertEquals(400, refused.status(), refused.body());
        assertEquals(List.of("[2].details.harmLevel"), fields(refused));
        assertEquals(before, total(providerA()), "nothing stored when one item is wrong");

        JsonArray good = Json.createArrayBuilder().add(batch.get(0)).add(batch.get(1)).build();
        WebClient.Response stored = providerA().postJson("/api/v1/notifications", good.toString());
        assertEquals(201, stored.status(), stored.body());
        JsonArray acks = stored.json().getJsonArray("notifications");
        assertEquals(2, acks.size());
        assertEquals(k1, acks.getJsonObject(0).getString("clientKey"));
        assertEquals(before + 2, total(providerA()));

        WebClient.Response replay = providerA().postJson("/api/v1/notifications", good.toString());
        assertEquals(200, replay.status());
        assertEquals(acks.getJsonObject(1).getString("reference"),
                replay.json().getJsonArray("notifications").getJsonObject(1).getString("reference"));
    }

    @Test
    void oneOrganisationCannotSubmitForOrReadAnothers() {
        WebClient.Response r = providerB().postJson("/api/v1/notifications",
                NotificationJson.valid(NotificationType.POLICE_INCIDENT, A_LOCATION));
        assertEquals(404, r.status(), r.body());
        WebClient.Response mine = providerA().postJson("/api/v1/notifications",
                NotificationJson.valid(NotificationType.POLICE_INCIDENT, A_LOCATION));
        String ref = mine.json().getString("reference");
        assertEquals(404, providerB().get("/api/v1/notifications/" + ref).status());
        assertFalse(providerB().get("/api/v1/notifications?perPage=100").body().contains(ref));
        assertEquals(200, new WebClient(base).basicAuth(DemoUsers.INSPECTOR, DemoUsers.PASSWORD)
                .get("/api/v1/notifications/" + ref).status(), "staff read any notification");
        assertEquals(403, new WebClient(base).basicAuth(DemoUsers.INSPECTOR, DemoUsers.PASSWORD)
                .postJson("/api/v1/notifications", NotificationJson.valid(NotificationType.POLICE_INCIDENT, A_LOCATION))
                .status(), "staff do not submit notifications");
        assertEquals(401, new WebClient(base).postJson("/api/v1/notifications", "{}").status());
        assertEquals(201, new WebClient(base).basicAuth(DemoUsers.PROVIDER_A_CONTRIBUTOR, DemoUsers.PASSWORD)
                .postJson("/api/v1/notifications", NotificationJson.valid(NotificationType.POLICE_INCIDENT, A_LOCATION))
                .status(), "a contributor may submit");
    }

    @Test
    void aContributorSeesOnlyTheNotificationsOfTheirLocations() {
        String outside = RegisterGenerator.locationId(4);
        String theirs = providerA().postJson("/api/v1/notifications",
                NotificationJson.valid(NotificationType.POLICE_INCIDENT, A_LOCATION)).json().getString("reference");
        String other = providerA().postJson("/api/v1/notifications",
                NotificationJson.valid(NotificationType.POLICE_INCIDENT, outside)).json().getString("reference");
        WebClient contributor = new WebClient(base).basicAuth(DemoUsers.PROVIDER_A_CONTRIBUTOR, DemoUsers.PASSWORD);
        String list = contributor.get("/api/v1/notifications?perPage=100").body();
        assertTrue(list.contains(theirs), list);
        assertFalse(list.contains(other), "another location's notification is not listed");
        assertEquals(200, contributor.get("/api/v1/notifications/" + theirs).status());
        assertEquals(404, contributor.get("/api/v1/notifications/" + other).status());
        assertEquals(200, new WebClient(base).basicAuth(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD)
                .get("/api/v1/notifications/" + other).status(), "the organisation's administrator reads every one");
    }

    @Test
    void filesOfTheOrganisationCanBeAttachedAndOthersCannot() throws Exception {
        String mine = FileUploads.upload(base, DemoAccounts.PROVIDER_A_API_KEY, "statement.pdf");
        String theirs = FileUploads.upload(base, DemoAccounts.PROVIDER_B_API_KEY, "theirs.pdf");
        WebClient.Response r = providerA().postJson("/api/v1/notifications", NotificationJson.of(
                UUID.randomUUID().toString(), A_LOCATION, "STATEMENT_OF_PURPOSE_REVISED",
                Samples.valid(NotificationType.STATEMENT_OF_PURPOSE_REVISED), List.of(mine, theirs, "not-an-id")));
        assertEquals(400, r.status(), r.body());
        assertEquals(List.of("attachments[1]", "attachments[2]"), fields(r));

        r = providerA().postJson("/api/v1/notifications", NotificationJson.of(UUID.randomUUID().toString(), A_LOCATION,
                "STATEMENT_OF_PURPOSE_REVISED", Samples.valid(NotificationType.STATEMENT_OF_PURPOSE_REVISED),
                List.of(mine)));
        assertEquals(201, r.status(), r.body());
        JsonObject read = providerA().get("/api/v1/notifications/" + r.json().getString("reference")).json();
        assertEquals("statement.pdf", read.getJsonArray("attachments").getJsonObject(0).getString("name"));
    }

    @Test
    void theCatalogueIsPublic() {
        WebClient.Response r = new WebClient(base).get("/api/v1/notification-types");
        assertEquals(200, r.status());
        String types = r.body();
        for (NotificationType t : NotificationType.values()) {
            assertTrue(types.contains("\"" + t.name() + "\""), t.name());
        }
        assertEquals(404, new WebClient(base).get("/api/v1/notification-types/NOPE").status());
    }

    static long total(WebClient client) {
        return client.get("/api/v1/notifications?perPage=1").json().getJsonNumber("total").longValue();
    }
}
