package org.inspectorate.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Everything the service answers, read from the service itself rather than listed by hand: every operation in
 * its OpenAPI document and every Faces page with the parameters it reads from the address. The generated edge
 * tests walk this, so a new endpoint or page is covered the day it is added.
 */
final class Surface {

    /** One API operation: method, path template, its path and query parameters, and whether it takes a body. */
    record Operation(String method, String template, List<String> pathParams, List<QueryParam> queryParams,
            boolean body) {

        String path(Map<String, String> values) {
            String p = template;
            for (String name : pathParams) {
                p = p.replace("{" + name + "}", enc(values.getOrDefault(name, "1")));
            }
            return p;
        }

        String pathWithAll(String value) {
            String p = template;
            for (String name : pathParams) {
                p = p.replace("{" + name + "}", enc(value));
            }
            return p;
        }

        boolean isRead() {
            return method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    record QueryParam(String name, String type, List<String> values) {
    }

    /** One page and the names of the view parameters it reads from its address. */
    record Page(String path, List<String> params) {

        String with(String value) {
            StringBuilder b = new StringBuilder(path);
            for (int i = 0; i < params.size(); i++) {
                b.append(i == 0 ? '?' : '&').append(params.get(i)).append('=').append(value);
            }
            return b.toString();
        }

        @Override
        public String toString() {
            return path;
        }
    }

    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s+name=\"([A-Za-z]+)\"");
    /** Pages that end the caller's session or start an account flow: walking them would sign the walker out. */
    private static final Set<String> SESSION_PAGES = Set.of("/sign-out.xhtml");

    private Surface() {
    }

    static List<Operation> operations(WebClient anonymous) {
        WebClient.Response doc = anonymous.send("GET", "/openapi?format=JSON", null, null);
        if (doc.status() != 200) {
            throw new AssertionError("No OpenAPI document: " + doc.status());
        }
        JsonObject paths = Json.createReader(new StringReader(doc.body())).readObject().getJsonObject("paths");
        List<Operation> ops = new ArrayList<>();
        for (Map.Entry<String, JsonValue> p : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> m : p.getValue().asJsonObject().entrySet()) {
                String method = m.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                JsonObject op = m.getValue().asJsonObject();
                List<String> pathParams = new ArrayList<>();
                Matcher braces = Pattern.compile("\\{([^}]+)}").matcher(p.getKey());
                while (braces.find()) {
                    pathParams.add(braces.group(1));
                }
                List<QueryParam> query = new ArrayList<>();
                for (JsonValue v : op.getJsonArray("parameters") == null ? List.<JsonValue>of()
                        : op.getJsonArray("parameters")) {
                    JsonObject prm = v.asJsonObject();
                    if ("query".equals(prm.getString("in", ""))) {
                        JsonObject schema = prm.getJsonObject("schema");
                        List<String> values = new ArrayList<>();
                        if (schema != null && schema.containsKey("enum")) {
                            schema.getJsonArray("enum").forEach(e -> values.add(e.toString().replace("\"", "")));
                        }
                        query.add(new QueryParam(prm.getString("name"), schema == null ? "string"
                                : schema.getString("type", "string"), values));
                    }
                }
                ops.add(new Operation(method, p.getKey(), pathParams, query, op.containsKey("requestBody")));
            }
        }
        return ops;
    }

    /** Every page under the web root (not WEB-INF) that reads parameters from its address. */
    static List<Page> pagesWithParameters() {
        return allPages().stream().filter(p -> !p.params().isEmpty()).toList();
    }

    /** Every page under the web root (not WEB-INF) that reads nothing from its address: lists, forms, home pages. */
    static List<String> pagesWithoutParameters() {
        return allPages().stream().filter(p -> p.params().isEmpty()).map(Page::path).toList();
    }

    private static List<Page> allPages() {
        Path root = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(root)) {
            List<Page> pages = new ArrayList<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".xhtml"))
                    .filter(f -> !root.relativize(f).toString().startsWith("WEB-INF")).sorted().toList()) {
                Set<String> params = new LinkedHashSet<>();
                Matcher m = VIEW_PARAM.matcher(Files.readString(f));
                while (m.find()) {
                    params.add(m.group(1));
                }
                String path = "/" + root.relativize(f).toString().replace('\\', '/');
                if (!SESSION_PAGES.contains(path)) {
                    pages.add(new Page(path, List.copyOf(params)));
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Stack traces, exception and package names: what a response must never show. */
    /**
     * A page answered 2xx whose HTML stops before its end: rendering failed after the response was committed (an
     * expression that throws half-way down a page), which a status code alone does not show.
     */
    static boolean cutShort(WebClient.Response r) {
        String type = r.header("Content-Type");
        return r.status() / 100 == 2 && type != null && type.startsWith("text/html")
                && !r.body().stripTrailing().endsWith("</html>");
    }

    static final Pattern INTERNALS = Pattern.compile(
            "\\b[A-Z][A-Za-z]+(Exception|Error)\\b|\\bat (java|jakarta|org|com)\\.[a-z]|\\b(org\\.(hibernate|postgresql"
                    + "|apache|eclipse|inspectorate|jboss|primefaces)|com\\.ibm|java\\.(lang|util|sql)|jakarta\\.(faces"
                    + "|persistence|ws))\\.");
}
