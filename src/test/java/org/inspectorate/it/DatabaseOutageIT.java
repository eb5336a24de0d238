package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.inspectorate.demo.DemoAccounts;
import org.inspectorate.demo.RegisterGenerator;
import org.inspectorate.notification.domain.NotificationType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away under intake load and comes back. To the service this is a PostgreSQL restart: every
 * connection it holds is terminated and new ones are refused for a few seconds (the test closes the database to
 * connections rather than stopping the shared server, which other tests and developers may be using). While it
 * is away, every answer is a 503 problem with {@code Retry-After} (never a 400, 401 or 500), readiness is DOWN;
 * afterwards readiness is UP again and every notification the service acknowledged is there.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anOutageAnswers503KeepsEveryAcknowledgedNotificationAndRecovers() throws Exception {
        WebClient probe = new WebClient(base);
        assertEquals(200, probe.get("/health/ready").status(), "ready before the outage");
        AtomicBoolean stop = new AtomicBoolean();
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        List<Thread> load = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String location = RegisterGenerator.locationId(i);
            Thread t = new Thread(() -> {
                WebClient client = new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY);
                while (!stop.get()) {
                    WebClient.Response r = client.postJson("/api/v1/notifications",
                            NotificationJson.valid(NotificationType.POLICE_INCIDENT, location));
                    statuses.merge(r.status(), 1, Integer::sum);
                    if (r.status() == 201) {
                        acknowledged.add(r.json().getString("reference"));
                    } else if (r.status() != 503 || !r.isProblem() || r.header("Retry-After") == null) {
                        wrong.add(r.status() + " " + r.header("Content-Type") + " " + r.body());
                    }
                }
            }, "intake-" + i);
            t.start();
            load.add(t);
        }
        Thread.sleep(1_500);
        int readyDown = 0;
        int apiUnavailable = 0;
        // From the maintenance database: a database cannot close itself to connections
        String url = System.getProperty("it.db.url");
        String db = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String maintenance = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection admin = DriverManager.getConnection(maintenance,
                System.getProperty("it.db.user", "inspectorate"), System.getProperty("it.db.password", "inspectorate"));
                Statement s = admin.createStatement()) {
            s.execute("alter database \"" + db + "\" allow_connections false");
            try {
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + db + "'");
                Instant until = Instant.now().plus(OUTAGE);
                while (Instant.now().isBefore(until)) {
                    WebClient.Response ready = probe.get("/health/ready");
                    if (ready.status() == 503) {
                        readyDown++;
                    }
                    WebClient.Response read = new WebClient(base).basicAuth(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD)
                            .get("/api/v1/notifications?perPage=5");
                    if (read.status() == 503) {
                        apiUnavailable++;
                        assertTrue(read.isProblem() && read.header("Retry-After") != null, read.body());
                    } else {
                        assertTrue(read.status() == 200, "during the outage: " + read.status() + " " + read.body());
                    }
                    WebClient.Response page = new WebClient(base).get("/search.xhtml?q=care");
                    assertTrue(page.status() == 200 || page.status() == 503, "page during the outage: "
                            + page.status());
                    Thread.sleep(300);
                }
            } finally {
                s.execute("alter database \"" + db + "\" allow_connections true");
            }
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (probe.get("/health/ready").status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertEquals(200, probe.get("/health/ready").status(), "ready again after the outage");
        int before = acknowledged.size();
        Thread.sleep(2_000);
        stop.set(true);
        for (Thread t : load) {
            t.join(60_000);
        }
        assertTrue(acknowledged.size() > before, "intake resumes after the outage: " + statuses);
        WebClient reader = new WebClient(base).basicAuth(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        List<String> lost = new ArrayList<>();
        for (String ref : acknowledged) {
            if (reader.get("/api/v1/notifications/" + ref).status() != 200) {
                lost.add(ref);
            }
        }
        System.out.printf("Database outage: %d notifications acknowledged, %d lost; intake answers %s; readiness DOWN"
                + " %d times, API 503 %d times during %d s%n", acknowledged.size(), lost.size(), statuses, readyDown,
                apiUnavailable, OUTAGE.toSeconds());
        assertTrue(wrong.isEmpty(), "intake answered other than 201 or 503 problem with Retry-After: "
                + wrong.subList(0, Math.min(5, wrong.size())));
        assertTrue(lost.isEmpty(), "acknowledged but lost: " + lost);
        assertTrue(readyDown > 0, "readiness went DOWN during the outage");
        assertTrue(apiUnavailable > 0, "the API answered 503 during the outage");
        assertTrue(statuses.getOrDefault(503, 0) > 0, "intake answered 503 during the outage: " + statuses);
    }

}
