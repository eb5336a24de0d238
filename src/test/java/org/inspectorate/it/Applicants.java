package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * A new provider's applicant in API tests: start an application and read the link from the email, call the
 * applicant API with the token, fill every section, upload documents in resumable parts and add them.
 */
final class Applicants {

    static final String APP = "/api/v1/applicant/application";
    static final String FILES = APP + "/files";
    static final String STAFF = "/api/v1/staff/registration/applications";

    private final URL base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    Applicants(URL base) {
        this.base = base;
    }

    /** Starts an application and returns the token of the emailed link. */
    String start(String name, String email, String type) {
        WebClient.Response r = new WebClient(base).postJson("/api/v1/applicant/applications", "{\"name\":\"" + name
                + "\",\"email\":\"" + email + "\",\"providerType\":\"" + type + "\"}");
        assertEquals(202, r.status(), r.body());
        return token(MailSink.await(email, "Your application to register", Duration.ofSeconds(30)));
    }

    static String token(MailSink.Mail mail) {
        String link = mail.link("/applicant/application.xhtml?token=");
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    /** A call with the token in the Applicant-Token header (null: none). */
    WebClient.Response call(String token, String method, String path, String json) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json");
        if (token != null) {
            r.header("Applicant-Token", token);
        }
        if (json != null) {
            r.header("Content-Type", "application/json");
        }
        return send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends bytes of an upload from {@code offset}. */
    WebClient.Response patch(String token, String fileId, long offset, byte[] bytes) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url(FILES + "/" + fileId)))
                .header("Upload-Offset", String.valueOf(offset)).header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (token != null) {
            r.header("Applicant-Token", token);
        }
        return send(r);
    }

    WebClient.Response declare(String token, String name, String type, long size) {
        return call(token, "POST", FILES, "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"size\":" + size + "}");
    }

    /** Uploads a file in two parts (resuming at the offset HEAD reports); returns its id. */
    String upload(String token, String name, byte[] bytes) {
        WebClient.Response declared = declare(token, name, "application/pdf", bytes.length);
        assertEquals(201, declared.status(), declared.body());
        String id = declared.json().getString("id");
        int half = bytes.length / 2;
        assertEquals(200, patch(token, id, 0, Arrays.copyOfRange(bytes, 0, half)).status());
        WebClient.Response head = call(token, "HEAD", FILES + "/" + id, null);
        long offset = Long.parseLong(head.header("Upload-Offset"));
        WebClient.Response rest = patch(token, id, offset, Arrays.copyOfRange(bytes, (int) offset, bytes.length));
        assertEquals(200, rest.status(), rest.body());
        assertEquals("STORED", rest.json().getString("status"));
        return id;
    }

    WebClient.Response attach(String token, String kind, String fileId) {
        return call(token, "POST", APP + "/documents", "{\"kind\":\"" + kind + "\",\"fileId\":\"" + fileId + "\"}");
    }

    /** Uploads and adds the statement of purpose and the safeguarding policy. */
    void addRequiredDocuments(String token) {
        for (String kind : new String[] {"STATEMENT_OF_PURPOSE", "SAFEGUARDING_POLICY"}) {
            WebClient.Response r = attach(token, kind, upload(token, kind.toLowerCase() + ".pdf", FileUploads.pdf(3000)));
            assertEquals(200, r.status(), r.body());
        }
    }

    /** Fills every section of an individual's or organisation's application and submits it; returns its id. */
    long completeAndSubmit(String token, String providerName, String email) {
        String type = call(token, "GET", APP, null).json().getJsonArray("tasks").getJsonObject(0)
                .getJsonArray("answers").stream().map(a -> a.asJsonObject())
                .filter(a -> a.getString("name").equals("providerType")).findFirst().orElseThrow()
                .getString("value");
        put(token, "provider", "{\"providerName\":\"" + providerName + "\",\"providerType\":\"" + type + "\","
                + ("ORGANISATION".equals(type) ? "\"companiesHouseNumber\":\"01234567\"," : "")
                + "\"addressLine1\":\"1 High Street\",\"townCity\":\"Leeds\",\"postcode\":\"LS1 4AB\","
                + "\"region\":\"YORKSHIRE_AND_THE_HUMBER\",\"localAuthority\":\"Leeds\",\"phone\":\"0113 496 0000\"}");
        put(token, "nominated", "{\"givenName\":\"Ann\",\"familyName\":\"Applicant\",\"email\":\"" + email + "\"}");
        put(token, "location", "{\"name\":\"" + providerName + " House\",\"locationAddressLine1\":\"2 Park Road\","
                + "\"locationTownCity\":\"Leeds\",\"locationPostcode\":\"LS2 7AB\","
                + "\"locationRegion\":\"YORKSHIRE_AND_THE_HUMBER\",\"locationLocalAuthority\":\"Leeds\","
                + "\"serviceType\":\"DOMICILIARY_CARE\",\"activities\":\"PERSONAL_CARE\"}");
        put(token, "manager", "{\"managerName\":\"Mo Manager\",\"managerEmail\":\"mo@applicant.example\"}");
        put(token, "how", "{\"howSafe\":\"Trained staff\",\"howWellLed\":\"Clear governance\"}");
        addRequiredDocuments(token);
        WebClient.Response submitted = call(token, "POST", APP + "/submit", "{\"declaration\":true}");
        assertEquals(200, submitted.status(), submitted.body());
        return submitted.json().getJsonNumber("id").longValue();
    }

    private void put(String token, String section, String json) {
        WebClient.Response r = call(token, "PUT", APP + "/sections/" + section, json);
        assertEquals(200, r.status(), section + ": " + r.body());
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private WebClient.Response send(HttpRequest.Builder r) {
        try {
            HttpResponse<String> res = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
            return new WebClient.Response(res.statusCode(), res.headers().map(), res.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
