package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.inspectorate.demo.DemoAccounts;
import org.inspectorate.demo.RegisterGenerator;
import org.inspectorate.notification.domain.NotificationType;
import org.inspectorate.notification.domain.Samples;

/**
 * The people and records the generated edge tests walk with: every kind of caller, and private records of each
 * scope, each carrying a secret word that must never reach a caller outside that scope.
 *
 * <p>Provider A gets an extra location X, made for these tests so that nothing they add (an approved assessment,
 * notifications, a draft) changes what other tests see at A's usual locations. A's location manager works with
 * locations 0 and 1, A's contributor with location 0 only; neither reaches X.
 */
final class EdgeFixtures {

    /** A caller: how it reaches the API (HTTP Basic, or none) and the pages (a signed-in session, or none). */
    record Caller(String name, WebClient api, WebClient pages, boolean staff, Set<String> forbiddenSecrets,
            Set<String> forbiddenIds) {
    }

    final String inScopeLocation = RegisterGenerator.locationId(0);
    final String locationX;
    final String locationB = RegisterGenerator.locationId(RegisterGenerator.DEMO_CHAIN_SIZE);
    final String secretX = "leakcheck-x-" + UUID.randomUUID().toString().substring(0, 8);
    final String secretB = "leakcheck-b-" + UUID.randomUUID().toString().substring(0, 8);
    final String notificationX;
    final String notificationB;
    final String draftX;
    final long assessmentX;
    final List<Caller> callers;

    EdgeFixtures(URL base) {
        locationX = TestData.freshId();
        // A copy of location 0's register row under a new id: a location of A that no other test uses
        Database.script("create temp table edge_copy as select * from location where id = '"
                + RegisterGenerator.locationId(0) + "'", "update edge_copy set id = '" + locationX
                + "', name = 'Edge check house'", "insert into location select * from edge_copy");
        notificationX = notify(new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY), locationX, secretX);
        notificationB = notify(new WebClient(base).bearer(DemoAccounts.PROVIDER_B_API_KEY), locationB, secretB);
        draftX = UUID.randomUUID().toString();
        Database.update("insert into notification_draft (id, provider_id, location_id, type, details, created_by_name,"
                + " created_at, updated_at) select ?::uuid, provider_id, id, 'POLICE_INCIDENT', jsonb_build_object("
                + "'whatHappened', ?::text), 'A admin', now(), now() from location where id = ?", draftX,
                "Draft about " + secretX, locationX);
        assessmentX = approvedAssessment(base, locationX, secretX);

        String manager = PortalUsers.create(base, DemoUsers.PROVIDER_A, "LOCATION_MANAGER",
                List.of(RegisterGenerator.locationId(0), RegisterGenerator.locationId(1)));
        String contributor = PortalUsers.create(base, DemoUsers.PROVIDER_A, "CONTRIBUTOR",
                List.of(RegisterGenerator.locationId(0)));
        Set<String> aPrivate = Set.of(locationX, notificationX, draftX);
        Set<String> bPrivate = Set.of(locationB, notificationB);
        // the private records' own ids count as secrets too: no list or page may show them out of scope
        Set<String> xSecrets = Set.of(secretX, notificationX, draftX);
        Set<String> bSecrets = Set.of(secretB, notificationB);
        callers = List.of(
                new Caller("anonymous", new WebClient(base), new WebClient(base), false, union(xSecrets, bSecrets),
                        union(aPrivate, bPrivate)),
                staff(base, DemoUsers.INSPECTOR), staff(base, DemoUsers.REGISTRATION), staff(base, DemoUsers.MANAGER),
                staff(base, DemoUsers.ADMIN),
                provider(base, "provider A administrator", DemoUsers.PROVIDER_A, DemoUsers.PASSWORD, bSecrets,
                        bPrivate),
                provider(base, "provider A location manager (locations 0, 1)", manager, PortalUsers.PASSWORD,
                        union(xSecrets, bSecrets), union(aPrivate, bPrivate)),
                provider(base, "provider A contributor (location 0)", contributor, PortalUsers.PASSWORD,
                        union(xSecrets, bSecrets), union(aPrivate, bPrivate)),
                provider(base, "provider B administrator", DemoUsers.PROVIDER_B, DemoUsers.PASSWORD, xSecrets,
                        union(aPrivate, Set.of(inScopeLocation))));
    }

    /** Ids of every kind the tests put into addresses, by what they are. */
    Map<String, String> ids() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("location in scope", inScopeLocation);
        ids.put("location X (A, out of scope)", locationX);
        ids.put("location of B", locationB);
        ids.put("notification at X", notificationX);
        ids.put("notification of B", notificationB);
        ids.put("draft at X", draftX);
        ids.put("assessment at X", String.valueOf(assessmentX));
        ids.put("unknown number", "999999999");
        return ids;
    }

    /*
     * The API is called with the signed-in session too: it is the same caller, and HTTP Basic would hash the
     * password (deliberately slow) on each of thousands of requests.
     */
    private static Caller staff(URL base, String email) {
        WebClient session = PortalUsers.signedIn(base, email, DemoUsers.PASSWORD);
        return new Caller(email, session, session, true, Set.of(), Set.of());
    }

    private static Caller provider(URL base, String name, String email, String password, Set<String> secrets,
            Set<String> ids) {
        WebClient session = PortalUsers.signedIn(base, email, password);
        return new Caller(name, session, session, false, secrets, ids);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    private static String notify(WebClient client, String location, String secret) {
        Map<String, Object> details = new HashMap<>(Samples.valid(NotificationType.POLICE_INCIDENT));
        details.put("whatHappened", "A visitor was arrested after a disturbance (" + secret + ").");
        WebClient.Response r = client.postJson("/api/v1/notifications", NotificationJson.of(
                UUID.randomUUID().toString(), location, NotificationType.POLICE_INCIDENT.name(), details, List.of()));
        assertEquals(201, r.status(), r.body());
        return r.json().getString("reference");
    }

    private static long approvedAssessment(URL base, String location, String secret) {
        long id = Assessments.openFocused(base, location, "S1");
        WebClient.Response e = Assessments.as(base, DemoUsers.INSPECTOR).postJson("/api/v1/assessments/" + id
                + "/evidence", "{\"statementCode\":\"S1\",\"categoryCode\":\"OBSERVATION\",\"source\":\"Site visit\","
                + "\"collectedOn\":\"" + LocalDate.now().minusDays(2) + "\",\"summary\":\"Observed " + secret + "\"}");
        assertEquals(201, e.status(), e.body());
        Assessments.score(base, id, "S1", 3);
        Assessments.approveAndPublish(base, id, location);
        return id;
    }
}
