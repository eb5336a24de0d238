package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorisation matrix, generated: every operation in the OpenAPI document and every page that reads an id
 * from its address, as every kind of caller (anonymous, each staff role, provider A's administrator, a location
 * manager and a contributor with a subset of A's locations, and provider B's administrator), with ids of every
 * kind put into every parameter. It fails on any 5xx, on any response to a caller that shows a secret of a scope
 * they are outside, and on any change accepted for a record outside the caller's scope.
 *
 * <p>Nothing is listed by hand: a new operation or page is walked the day it is added.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorisationMatrixIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void noCallerReachesWhatIsOutsideTheirScopeAndNothingFails() {
        EdgeFixtures f = new EdgeFixtures(base);
        List<Surface.Operation> operations = Surface.operations(new WebClient(base));
        List<Surface.Page> pages = Surface.pagesWithParameters();
        List<String> lists = Surface.pagesWithoutParameters();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        int serverErrors = 0;
        int leaks = 0;
        for (EdgeFixtures.Caller caller : f.callers) {
            for (Surface.Operation op : operations) {
                for (Map.Entry<String, String> id : idsFor(op, caller, f).entrySet()) {
                    String path = op.pathWithAll(id.getValue());
                    WebClient.Response r = caller.api().send(op.method(), path, op.body() ? "application/json" : null,
                            op.body() ? "{}" : null);
                    requests++;
                    String where = caller.name() + ": " + op.method() + " " + path + " (" + id.getKey() + ")";
                    if (r.status() >= 500) {
                        serverErrors++;
                        failures.add(where + " gave " + r.status() + " " + snippet(r.body()));
                    } else if (leaks(caller, op, id.getValue(), r)) {
                        leaks++;
                        failures.add(where + " leaked: " + r.status() + " " + snippet(r.body()));
                    }
                }
            }
            for (Surface.Page page : pages) {
                for (Map.Entry<String, String> id : f.ids().entrySet()) {
                    String path = page.with(Surface.enc(id.getValue()));
                    WebClient.Response r = caller.pages().get(path);
                    requests++;
                    String where = caller.name() + ": page " + path + " (" + id.getKey() + ")";
                    if (r.status() >= 500 || Surface.cutShort(r)) {
                        serverErrors++;
                        failures.add(where + " gave " + r.status() + (Surface.cutShort(r) ? ", cut short" : ""));
                    } else if (r.status() / 100 == 2 && showsSecret(caller, path, r.body())) {
                        leaks++;
                        failures.add(where + " showed a secret of another scope");
                    }
                }
            }
        }
        for (EdgeFixtures.Caller caller : f.callers) {
            for (String page : lists) {
                WebClient.Response r = caller.pages().get(page);
                requests++;
                if (r.status() >= 500 || Surface.cutShort(r)) {
                    serverErrors++;
                    failures.add(caller.name() + ": page " + page + " gave " + r.status()
                            + (Surface.cutShort(r) ? ", cut short" : ""));
                } else if (r.status() / 100 == 2 && showsSecret(caller, page, r.body())) {
                    leaks++;
                    failures.add(caller.name() + ": page " + page + " showed a secret of another scope");
                }
            }
        }
        System.out.printf("Authorisation matrix: %d operations, %d pages with parameters and %d without, %d callers,"
                + " %d ids; %d requests sent, %d 5xx found, %d scope leaks found%n", operations.size(), pages.size(),
                lists.size(), f.callers.size(), f.ids().size(), requests, serverErrors, leaks);
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n",
                failures.subList(0, Math.min(60, failures.size()))));
    }

    /**
     * Reads get every id. Changes are sent only with ids the caller must not reach (and an unknown one), so that
     * the walk never changes anything a caller may legitimately change; staff send changes with the unknown id
     * only. Operations without a path parameter are sent once.
     */
    private static Map<String, String> idsFor(Surface.Operation op, EdgeFixtures.Caller caller, EdgeFixtures f) {
        if (op.pathParams().isEmpty()) {
            return op.isRead() || !caller.staff() ? Map.of("no id", "") : Map.of();
        }
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        f.ids().forEach((kind, id) -> {
            boolean unknown = id.equals("999999999");
            if (op.isRead() || unknown || (!caller.staff() && caller.forbiddenIds().contains(id))) {
                ids.put(kind, id);
            }
        });
        return ids;
    }

    private static boolean leaks(EdgeFixtures.Caller caller, Surface.Operation op, String id, WebClient.Response r) {
        if (r.status() / 100 != 2) {
            return false;
        }
        if (showsSecret(caller, op.pathWithAll(id), r.body())) {
            return true;
        }
        // a change accepted for a record outside the caller's scope (public operations take no private ids)
        return !op.isRead() && caller.forbiddenIds().contains(id) && !op.template().startsWith("/api/v1/applicant");
    }

    /** A secret of a scope the caller is outside, other than an id the caller put in the address themselves. */
    private static boolean showsSecret(EdgeFixtures.Caller caller, String path, String body) {
        return caller.forbiddenSecrets().stream().filter(s -> !path.contains(s) && !path.contains(Surface.enc(s)))
                .anyMatch(body::contains);
    }

    private static String snippet(String body) {
        String b = body == null ? "" : body.replaceAll("\\s+", " ");
        return b.length() > 300 ? b.substring(0, 300) + "…" : b;
    }
}
