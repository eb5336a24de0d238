package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail holds against its own application: the server's database role cannot change, delete or truncate
 * audit rows or their hash chain; the verifier finds a row edited or deleted by the owner role; refusals by role
 * and reads of item summaries are on the trail; the retention rules remove what is past its time, audited.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebClient admin() {
        return new WebClient(base).basicAuth(DemoUsers.ADMIN, DemoUsers.PASSWORD);
    }

    private static Connection asApplication() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.app.user"),
                System.getProperty("it.db.app.password"));
    }

    @Test
    void theServersRoleCannotAlterTheAuditTrail() throws SQLException {
        String appUser = System.getProperty("it.db.app.user");
        Assumptions.assumeTrue(appUser != null && !appUser.equals(System.getProperty("it.db.user")),
                "the server runs as a role of its own");
        List<String> forbidden = List.of(
                "update audit_event set detail = 'x' where id = (select max(id) from audit_event)",
                "delete from audit_event where id = (select max(id) from audit_event)",
                "truncate audit_event",
                "alter table audit_event disable trigger audit_event_append_only",
                "drop trigger audit_event_linked on audit_event",
                "alter table audit_event owner to " + appUser,
                "update audit_link set hash = '\\x00' where seq = 1",
                "delete from audit_link",
                "insert into audit_link (chain, seq, audit_id, hash) values (0, 999999999, -1, '\\x00')",
                "update audit_chain_head set last_seq = 0",
                "update audit_chain_anchor set from_seq = 1",
                "select audit_purge(now())");
        try (Connection c = asApplication()) {
            for (String sql : forbidden) {
                try (Statement s = c.createStatement()) {
                    s.execute(sql);
                    fail("The server's role was allowed: " + sql);
                } catch (SQLException expected) {
                    assertTrue(List.of("42501", "P0001").contains(expected.getSQLState()),
                            sql + " -> " + expected.getSQLState() + " " + expected.getMessage());
                }
            }
            try (Statement s = c.createStatement()) {
                assertTrue(s.executeQuery("select count(*) from audit_event").next(), "and it may read it");
            }
        }
    }

    @Test
    void theVerifierFindsARowEditedOrDeletedByTheOwner() {
        JsonObject clean = admin().get("/api/v1/staff/audit/verify").json();
        assertTrue(clean.getBoolean("intact"), clean.toString());
        assertEquals(16, clean.getInt("chains"));
        assertTrue(clean.getJsonNumber("checkedRows").longValue() > 0, clean.toString());

        String id = Database.value("select max(id) from audit_event where detail is not null");
        String detail = Database.value("select detail from audit_event where id = " + id);
        Database.script("alter table audit_event disable trigger audit_event_append_only",
                "update audit_event set detail = 'nothing to see here' where id = " + id,
                "alter table audit_event enable trigger audit_event_append_only");
        try {
            JsonObject edited = admin().get("/api/v1/staff/audit/verify").json();
            assertFalse(edited.getBoolean("intact"), edited.toString());
            JsonObject first = edited.getJsonObject("firstBreak");
            assertEquals("ROW_CHANGED", first.getString("problem"), edited.toString());
            assertEquals(Long.parseLong(id), first.getJsonNumber("auditId").longValue());
            String metric = new WebClient(base).get("/metrics?scope=application").body().lines()
                    .filter(l -> l.startsWith("audit_chain_intact{")).findFirst().orElseThrow();
            assertTrue(metric.endsWith(" 0") || metric.endsWith(" 0.0"), metric);
        } finally {
            Database.update("alter table audit_event disable trigger audit_event_append_only");
            Database.update("update audit_event set detail = ? where id = " + id, detail);
            Database.update("alter table audit_event enable trigger audit_event_append_only");
        }
        assertTrue(admin().get("/api/v1/staff/audit/verify").json().getBoolean("intact"), "restored");

        Database.script("drop table if exists it_audit_copy",
                "create table it_audit_copy as select * from audit_event where id = " + id,
                "alter table audit_event disable trigger audit_event_append_only",
                "delete from audit_event where id = " + id,
                "alter table audit_event enable trigger audit_event_append_only");
        try {
            JsonObject deleted = admin().get("/api/v1/staff/audit/verify").json();
            assertFalse(deleted.getBoolean("intact"));
            assertEquals("ROW_REMOVED", deleted.getJsonObject("firstBreak").getString("problem"), deleted.toString());
        } finally {
            Database.script("alter table audit_event disable trigger audit_event_linked",
                    "insert into audit_event select * from it_audit_copy",
                    "alter table audit_event enable trigger audit_event_linked", "drop table it_audit_copy");
        }
        assertTrue(admin().get("/api/v1/staff/audit/verify").json().getBoolean("intact"), "restored");
    }

    @Test
    void aRowInsertedBehindTheTriggersBackIsInNoChain() {
        Database.script("alter table audit_event disable trigger audit_event_linked",
                "insert into audit_event (id, occurred_at, actor_name, actor_kind, action) values (-42, now(), 'x', "
                        + "'SYSTEM', 'FORGED')",
                "alter table audit_event enable trigger audit_event_linked");
        try {
            JsonObject forged = admin().get("/api/v1/staff/audit/verify").json();
            assertFalse(forged.getBoolean("intact"));
            assertEquals(1, forged.getJsonNumber("unlinkedRows").longValue(), forged.toString());
        } finally {
            Database.script("alter table audit_event disable trigger audit_event_append_only",
                    "delete from audit_event where id = -42",
                    "alter table audit_event enable trigger audit_event_append_only");
        }
    }

    @Test
    void refusalsByRoleAreAudited() {
        WebClient provider = new WebClient(base).basicAuth(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        assertEquals(403, provider.get("/api/v1/staff/audit").status());
        assertEquals(403, new WebClient(base).basicAuth(DemoUsers.INSPECTOR, DemoUsers.PASSWORD)
                .postJson("/api/v1/staff/retention/run", "{}").status());
        WebClient pages = new WebClient(base);
        pages.signIn(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        assertEquals(403, pages.get("/staff/index.xhtml").status());

        List<String> details = admin().get("/api/v1/staff/audit?action=ACCESS_REFUSED&perPage=50").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .map(o -> o.getString("actorName", "") + " " + o.getString("detail", "")).toList();
        assertTrue(details.stream().anyMatch(d -> d.startsWith(DemoUsers.PROVIDER_A)
                && d.contains("GET /api/v1/staff/audit: refused")), details.toString());
        assertTrue(details.stream().anyMatch(d -> d.startsWith(DemoUsers.INSPECTOR)
                && d.contains("POST /api/v1/staff/retention/run: refused")), details.toString());
        assertTrue(details.stream().anyMatch(d -> d.startsWith(DemoUsers.PROVIDER_A)
                && d.contains("GET /staff/index.xhtml: refused")), details.toString());
        assertEquals(1, details.stream().filter(d -> d.contains("POST /api/v1/staff/retention/run")).count(),
                "each refusal once");
    }

    @Test
    void readingALocationTimelineIsAudited() {
        String location = NotificationApiIT.A_LOCATION;
        WebClient.Response timeline = new WebClient(base).basicAuth(DemoUsers.INSPECTOR, DemoUsers.PASSWORD)
                .get("/api/v1/staff/locations/" + location + "/timeline");
        assertEquals(200, timeline.status(), timeline.body());
        Assumptions.assumeFalse(timeline.json().getJsonArray("items").isEmpty(), "the location has items");
        JsonObject read = admin().get("/api/v1/staff/audit?action=PERSONAL_DATA_VIEWED&entityType=Location&entityId="
                + location + "&perPage=1").json().getJsonArray("items").getJsonObject(0);
        assertEquals(DemoUsers.INSPECTOR, read.getString("actorName"));
        assertTrue(read.getString("detail").startsWith("Location timeline"), read.toString());
    }

    @Test
    void retentionRemovesOldContactDetailsFromClosedConcernsOnly() {
        String old = "RT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String recent = "RT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long oldId = concern(old, "4 years");
        long recentId = concern(recent, "2 years");

        JsonObject outcome = admin().postJson("/api/v1/staff/retention/run", "{}").json();
        assertTrue(outcome.getJsonNumber("concernsCleared").longValue() >= 1, outcome.toString());
        assertEquals(0, outcome.getJsonNumber("auditRowsRemoved").longValue(), "nothing six years old here");

        assertNull(Database.value("select reporter_email from concern where id = " + oldId));
        assertNull(Database.value("select reporter_name from concern where id = " + oldId));
        assertEquals("f", Database.value("select may_contact from concern where id = " + oldId));
        assertEquals("t", Database.value("select personal_data_removed_at is not null from concern where id = " + oldId));
        assertEquals("reporter@example.org", Database.value("select reporter_email from concern where id = " + recentId),
                "a concern inside its retention period keeps its contact details");
        JsonObject record = admin().get("/api/v1/staff/audit?action=CONCERN_CONTACT_DETAILS_REMOVED&entityId=" + old)
                .json().getJsonArray("items").getJsonObject(0);
        assertTrue(record.toString().contains("removed"), record.toString());
        assertTrue(admin().get("/api/v1/staff/audit/verify").json().getBoolean("intact"));
    }

    /** A closed concern received this long ago, with contact details. */
    private static long concern(String reference, String age) {
        long id = Long.parseLong(Database.value("select nextval('concern_id_seq')"));
        Database.update("insert into concern (id, reference, kind, topic, what_happened, relationship, immediate_risk,"
                + " raised_with_provider, anonymous, reporter_name, reporter_email, reporter_phone, may_contact,"
                + " source_hash, received_at) values (?, ?, 'FEEDBACK', 'CARE_AND_TREATMENT', 'Old feedback',"
                + " 'FAMILY_OR_FRIEND', false, 'NO', false, 'Pat Reporter', 'reporter@example.org', '0123', true, 'x', now() - interval '" + age
                + "')", id, reference);
        Database.update("insert into triage_item (id, reference, source_kind, source_id, category, theme, summary,"
                + " team, risk_score, risk_reasons, received_at, due_at, state, outcome, outcome_reasons, decided_at)"
                + " values (nextval('triage_item_id_seq'), ?, 'CONCERN', ?, 'FEEDBACK', 'CARE_AND_TREATMENT', 'Old feedback',"
                + " 'ADULT_SOCIAL_CARE', 5, 'none', now() - interval '" + age + "', now() - interval '" + age + "', 'CLOSED', 'NO_ACTION', 'old', now() - interval '" + age + "')",
                reference, id);
        return id;
    }
}
