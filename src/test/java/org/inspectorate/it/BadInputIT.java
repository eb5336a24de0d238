package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input, generated: for every operation in the OpenAPI document (path parameters, query parameters, body and
 * each body field the operation names in its own 400) and every page parameter, malformed variants of every
 * kind (wrong types, NUL and other control characters, huge strings, deep nesting, negative and huge numbers,
 * unknown enum values, impossible dates, malformed ids, not-JSON, missing body). It fails on any 5xx, on any
 * API error that is not problem+json, and on any stack trace or class name in a response.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** Values put where an id, number, code, date or search goes (URL-encoded when sent). */
    static final List<String> PARAMETER_VARIANTS = List.of("abc", "-1", "0", "99999999999999999999999", "1.5", "1e309",
            "\u0000", "a\u0000b", "\u0007\u001b[31m", "x".repeat(3_000), "' OR '1'='1", "../../etc/passwd",
            "<script>alert(1)</script>", "NOT_A_VALUE", "2026-02-30", "\uD83D\uDE00", " ", "",
            "1-" + "9".repeat(150));
    /** Sent raw in the address: percent-encoding of bytes that are not UTF-8 (a lone "%" no HTTP client sends). */
    static final List<String> RAW_VARIANTS = List.of("%ff%fe", "%C0%AF", "%e2%9c", "%ED%A0%80");
    /** Whole bodies every operation that takes one must refuse cleanly. */
    static final List<String> BODY_VARIANTS = List.of("not json", "", "null", "[]", "[{}]", "\"text\"", "42", "true",
            "{", "{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}", "[".repeat(5_000),
            "{\"name\":\"a\\u0000b\"}", "{\"x\":\"" + "y".repeat(1_000_000) + "\"}", "{\"x\":1e999999}");
    /** Values put in each field an operation names. */
    static final List<String> FIELD_VARIANTS = List.of("\"a\\u0000b\"", "\"" + "z".repeat(100_000) + "\"", "-1",
            "99999999999999999999999", "1.5", "true", "[]", "{}", "\"NOT_A_VALUE\"", "\"2026-02-30\"", "null",
            "[" + "\"x\",".repeat(10_000) + "\"x\"]");

    /** Failures by kind (operation or page and what went wrong), each with its examples. */
    private final Map<String, List<String>> failures = new java.util.TreeMap<>();
    private int requests;
    private int serverErrors;

    @Test
    void everyParameterAndBodyRefusesMalformedInputCleanly() {
        WebClient anonymous = new WebClient(base);
        List<WebClient> api = List.of(client(DemoUsers.MANAGER), client(DemoUsers.ADMIN), client(DemoUsers.INSPECTOR),
                client(DemoUsers.REGISTRATION), client(DemoUsers.PROVIDER_A), anonymous);
        List<Surface.Operation> operations = Surface.operations(anonymous);
        int parameters = 0;
        for (Surface.Operation op : operations) {
            WebClient who = authorised(op, api);
            for (String name : op.pathParams()) {
                parameters++;
                for (String v : PARAMETER_VARIANTS) {
                    Map<String, String> values = new LinkedHashMap<>();
                    op.pathParams().forEach(p -> values.put(p, "999999999"));
                    values.put(name, v);
                    sendApi(who, op, op.path(values), op.body() ? "{}" : null);
                }
                for (String raw : RAW_VARIANTS) {
                    sendApi(who, op, op.pathWithAll("999999999").replaceFirst("999999999", raw), null);
                }
            }
            String path = op.pathWithAll("999999999");
            for (Surface.QueryParam q : op.queryParams()) {
                parameters++;
                for (String v : PARAMETER_VARIANTS) {
                    sendApi(who, op, path + "?" + q.name() + "=" + Surface.enc(v), op.body() ? "{}" : null);
                }
                for (String raw : RAW_VARIANTS) {
                    sendApi(who, op, path + "?" + q.name() + "=" + raw, op.body() ? "{}" : null);
                }
            }
            if (op.body()) {
                parameters++;
                for (String body : BODY_VARIANTS) {
                    sendApi(who, op, path, body);
                }
                for (String field : fieldsNamedBy(who, op, path)) {
                    for (String v : FIELD_VARIANTS) {
                        sendApi(who, op, path, "{\"" + field + "\":" + v + "}");
                    }
                }
            }
        }
        int pageParameters = 0;
        WebClient staffPages = PortalUsers.signedIn(base, DemoUsers.ADMIN, DemoUsers.PASSWORD);
        WebClient portalPages = PortalUsers.signedIn(base, DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        List<Surface.Page> pages = Surface.pagesWithParameters();
        for (Surface.Page page : pages) {
            WebClient who = page.path().startsWith("/staff/") ? staffPages
                    : page.path().startsWith("/portal/") ? portalPages : anonymous;
            for (String param : page.params()) {
                pageParameters++;
                for (String v : PARAMETER_VARIANTS) {
                    sendPage(who, page.path() + "?" + param + "=" + Surface.enc(v));
                }
                for (String raw : RAW_VARIANTS) {
                    sendPage(who, page.path() + "?" + param + "=" + raw);
                }
            }
        }
        System.out.printf("Bad input: %d operations (%d parameters and bodies), %d pages (%d parameters);"
                + " %d requests sent, %d 5xx found, %d kinds of failure%n", operations.size(), parameters,
                pages.size(), pageParameters, requests, serverErrors, failures.size());
        assertTrue(failures.isEmpty(), report());
    }

    private void fail(String kind, String example) {
        failures.computeIfAbsent(kind, k -> new ArrayList<>()).add(example);
    }

    private String report() {
        StringBuilder b = new StringBuilder(failures.size() + " kinds of failure:");
        failures.forEach((kind, examples) -> b.append("\n").append(kind).append(" (").append(examples.size())
                .append("x), e.g. ").append(examples.get(0)));
        return b.toString();
    }

    @Test
    void tamperedFormsAndMissingIdsGiveAClearAnswer() {
        WebClient admin = PortalUsers.signedIn(base, DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        String invite = "/portal/team/invite.xhtml";
        Map<String, String> fields = Map.of("email", PortalUsers.uniqueEmail("tamper"), "name", "Tamper Test",
                "role", "NOT_A_ROLE", "locations", org.inspectorate.demo.RegisterGenerator.locationId(
                        org.inspectorate.demo.RegisterGenerator.DEMO_CHAIN_SIZE));
        WebClient.Response page = admin.get(invite);
        WebClient.Response noNonce = admin.submit(page, invite, "invite", fields, "send", false);
        assertTrue(noNonce.status() == 400, "a postback without the page's nonce: " + noNonce.status());
        WebClient.Response tampered = admin.submit(admin.get(invite), invite, "invite", fields, "send");
        assertTrue(tampered.status() == 200 && tampered.body().contains("app-error-summary"),
                "a tampered choice is shown as a field error: " + tampered.status());
        WebClient.Response noId = admin.get("/portal/notifications/draft.xhtml");
        assertTrue(noId.status() == 302 && noId.header("Location").contains("/portal/notifications/index.xhtml"),
                "a draft page without an id leads back to the drafts: " + noId.status());
        WebClient staff = PortalUsers.signedIn(base, DemoUsers.INSPECTOR, DemoUsers.PASSWORD);
        assertTrue(staff.get("/staff/assessments/view.xhtml?id=999999").status() == 404);
    }

    /** A signed-in session: HTTP Basic would hash the password (deliberately slow) on every request. */
    private WebClient client(String email) {
        return PortalUsers.signedIn(base, email, DemoUsers.PASSWORD);
    }

    /** The first caller the operation lets past authorisation, so that the bad input reaches the code behind. */
    private WebClient authorised(Surface.Operation op, List<WebClient> callers) {
        String path = op.pathWithAll("999999999");
        for (WebClient c : callers) {
            WebClient.Response r = c.send(op.method(), path, op.body() ? "application/json" : null,
                    op.body() ? "{}" : null);
            requests++;
            check("probe", op, path, r);
            if (r.status() != 401 && r.status() != 403) {
                return c;
            }
        }
        return callers.get(callers.size() - 1);
    }

    /** The fields an operation names when sent an empty object: its own list of what it needs. */
    private List<String> fieldsNamedBy(WebClient who, Surface.Operation op, String path) {
        WebClient.Response r = who.send(op.method(), path, "application/json", "{}");
        requests++;
        List<String> fields = new ArrayList<>();
        if (r.status() == 400 && r.isProblem()) {
            JsonObject p = r.json();
            if (p.containsKey("errors") && p.get("errors").getValueType() == JsonValue.ValueType.ARRAY) {
                p.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field", "")).filter(f -> f.matches("[A-Za-z][A-Za-z0-9]*"))
                        .distinct().limit(8).forEach(fields::add);
            }
        }
        return fields;
    }

    private void sendApi(WebClient who, Surface.Operation op, String path, String body) {
        WebClient.Response r;
        try {
            r = who.send(op.method(), path, body == null ? null : "application/json", body);
        } catch (RuntimeException e) {
            fail(op + ": no answer", shorten(path) + " " + e);
            return;
        }
        requests++;
        check(body == null ? "parameter" : "body " + shorten(body), op, path, r);
    }

    private void check(String what, Surface.Operation op, String path, WebClient.Response r) {
        String where = shorten(path) + " [" + what + "]";
        if (r.status() >= 500) {
            serverErrors++;
            fail(op + ": " + r.status(), where + " " + shorten(r.body()));
        } else if (r.status() >= 400 && !r.isProblem() && !refusedByTheServerItself(path, r)) {
            fail(op + ": " + r.status() + " as " + r.header("Content-Type"), where);
        } else if (Surface.INTERNALS.matcher(r.body()).find()) {
            fail(op + ": shows internals", where + " " + shorten(r.body()));
        }
    }

    private void sendPage(WebClient who, String path) {
        WebClient.Response r;
        try {
            r = who.get(path);
        } catch (RuntimeException e) {
            fail("page " + path.substring(0, path.indexOf('?')) + ": no answer", shorten(path) + " " + e);
            return;
        }
        requests++;
        String page = "page " + path.substring(0, path.indexOf('?'));
        if (r.status() >= 500 || Surface.cutShort(r)) {
            serverErrors++;
            fail(page + ": " + (r.status() >= 500 ? r.status() : "cut short"), shorten(path));
        } else if (r.status() >= 400 && Surface.INTERNALS.matcher(r.body()).find()) {
            fail(page + ": shows internals", shorten(path) + " " + shorten(r.body()));
        }
    }

    /**
     * Open Liberty refuses, before any application code or error page runs, an address whose path holds an
     * encoded control character or slash (its URI canonicalisation, a defence against path tricks); its plain
     * 400 is the answer there.
     */
    private static boolean refusedByTheServerItself(String path, WebClient.Response r) {
        String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return (r.status() == 400 || r.status() == 403) && p.matches("(?i).*%(0[0-9a-f]|1[0-9a-f]|2f|5c|7f|c0|ff).*");
    }

    private static String shorten(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ");
        return t.length() > 160 ? t.substring(0, 160) + "…[" + (t.length() - 160) + " more]" : t;
    }
}
