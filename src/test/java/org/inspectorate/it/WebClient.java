package org.inspectorate.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client for integration tests, with its own cookies (one signed-in person per client). It can
 * submit Faces forms: it reads the view state from the page and posts it back like a browser would.
 */
public final class WebClient {

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final String base;
    private final HttpClient http;
    private String authorization;
    /** Sent with every request, as a browser sends it with its writes: this service's own origin by default. */
    private String origin;
    private String fetchSite;
    private String forwardedFor;

    public WebClient(URL base) {
        String b = base.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        this.origin = base.getProtocol() + "://" + base.getAuthority();
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public boolean isProblem() {
            String type = header("Content-Type");
            return type != null && type.startsWith("application/problem+json");
        }

        public JsonObject json() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            }
        }

        public String viewState() {
            Matcher m = VIEW_STATE.matcher(body);
            if (!m.find()) {
                throw new AssertionError("No Faces view state in page:\n" + body);
            }
            return m.group(1);
        }
    }

    public WebClient basicAuth(String user, String password) {
        authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Requests as from a page of another origin ({@code null}: with no Origin header at all). */
    public WebClient from(String otherOrigin) {
        this.origin = otherOrigin;
        return this;
    }

    /** The Sec-Fetch-Site header a browser would add (same-origin, same-site, cross-site), or null for none. */
    public WebClient fetchSite(String site) {
        this.fetchSite = site;
        return this;
    }

    /** As if through the trusted proxy for this client address (X-Forwarded-For). */
    public WebClient forwardedFor(String address) {
        this.forwardedFor = address;
        return this;
    }

    public WebClient bearer(String key) {
        authorization = "Bearer " + key;
        return this;
    }

    public String url(String path) {
        return base + path;
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    /** GET that follows redirects within this site, as a browser would. */
    public Response follow(String path) {
        Response r = get(path);
        for (int i = 0; i < 5 && r.status() / 100 == 3; i++) {
            String location = r.header("Location");
            r = get(location.startsWith("http") ? URI.create(location).getRawPath()
                    + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery())
                    : location);
        }
        return r;
    }

    public Response postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Response send(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = request(path);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Loads a page and submits its form {@code formId} with these fields, pressing {@code button}. */
    public Response submit(String pagePath, String formId, Map<String, String> fields, String button) {
        Response page = get(pagePath);
        if (page.status() != 200) {
            throw new AssertionError("GET " + pagePath + " gave " + page.status());
        }
        return submit(page, pagePath, formId, fields, button);
    }

    /** Submits form {@code formId} of a page already loaded (when the test must read the page first). */
    public Response submit(Response page, String pagePath, String formId, Map<String, String> fields, String button) {
        return submit(page, pagePath, formId, fields, button, true);
    }

    /** As {@link #submit(Response, String, String, Map, String)}; without the nonce, as a tampered post would be. */
    public Response submit(Response page, String pagePath, String formId, Map<String, String> fields, String button,
            boolean withNonce) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((k, v) -> form.put(formId + ":" + k, v));
        form.put(formId + ":" + button, button);
        form.put("jakarta.faces.ViewState", page.viewState());
        form.put(formId + "_SUBMIT", "1");
        // PrimeFaces' script adds the page's CSP nonce to every form; a browser without it is refused.
        Matcher nonce = NONCE.matcher(page.body());
        if (withNonce && nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        String action = pagePath;
        return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Signs in through the real sign-in page; returns the response to the form post. */
    public Response signIn(String email, String password) {
        return submit("/sign-in.xhtml", "signin", Map.of("email", email, "password", password, "next", ""), "submit");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        if (fetchSite != null) {
            b.header("Sec-Fetch-Site", fetchSite);
        }
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return b;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
